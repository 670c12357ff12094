package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CheckIdCardInformation's configured warnings, similarity bands and authority outcomes (seed 001). */
class CheckIdCardInformationScenariosIT extends SandboxHarness {

    private static final String ACTION = "CheckIdCardInformation";
    private static final String SUN_LI_ID = "320102199106180040";
    private static final String ZHOU_QIANG_ID = "420106198309090138";
    private static final String WU_TONG_ID = "500103199912010265";
    private static final MainlandIdCard ZHAO_MIN = TestCards.card("330106200002290029");

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "INCOMPLETE_BORDER; BorderCheckWarn; -9101",
                "PHOTOCOPY; CopyWarn; -9102",
                "COLOUR_PHOTOCOPY; CopyWarn; -9102",
                "RESHOOT; ReshootWarn; -9103",
                "ELECTRONIC; ReshootWarn; -9103",
                "OCCLUDED; BorderCheckWarn; -9105",
                "TEMPORARY; TempIdWarn; -9104",
                "PS_ALTERED; DetectPsWarn; -9106",
                "BLURRY; Quality; -8001",
            })
    void stopsBeforeComparingWhenAConfiguredWarningFires(CardDefect defect, String flag, String warning) {
        byte[] image = CardGenerator.front(ZHAO_MIN, ImageEncoding.JPEG, defect);

        JsonNode warned = check(image, "{\"" + flag + "\":true}");

        assertThat(errorCode(warned)).isNull();
        assertThat(warned.get("Result").asText()).isEqualTo("FailedOperation.OcrWarningOccurred");
        assertThat(warned.get("Description").asText()).isEqualTo("OCR alert occurred");
        assertThat(warned.get("Sim").decimalValue().signum()).isZero();
        assertThat(warned.get("Warnings").asText()).isEqualTo(warning);
        assertThat(warned.get("Name").asText()).isEqualTo("赵敏");
        assertThat(Ledgers.entry(sandbox, warned).billable()).isFalse();
    }

    @Test
    void comparesAsUsualWhenTheDefectsWarningWasNotAskedFor() {
        JsonNode response = check(
                CardGenerator.front(ZHAO_MIN, ImageEncoding.JPEG, CardDefect.PHOTOCOPY), "{\"ReshootWarn\":true}");

        assertThat(response.get("Result").asText()).isEqualTo("Success");
        assertThat(response.get("Warnings").asText()).isEmpty();
        assertThat(response.get("Sim").decimalValue()).isGreaterThan(new BigDecimal("85"));
    }

    @Test
    void joinsSeveralWarningsWithBars() {
        byte[] image = CardGenerator.front(
                ZHAO_MIN,
                ImageEncoding.JPEG,
                CardDefect.PS_ALTERED,
                CardDefect.TEMPORARY,
                CardDefect.INCOMPLETE_BORDER);

        JsonNode response = check(image, "{\"BorderCheckWarn\":true,\"TempIdWarn\":true,\"DetectPsWarn\":true}");

        assertThat(response.get("Warnings").asText()).isEqualTo("-9101|-9104|-9106");
    }

    @Test
    void reportsTheQualityScoreEveryTime() {
        JsonNode blurry = check(CardGenerator.front(ZHAO_MIN, ImageEncoding.JPEG, CardDefect.BLURRY), null);
        JsonNode clean = check(TestCards.front(ZHAO_MIN, ImageEncoding.JPEG), "{\"Quality\":true}");

        assertThat(blurry.get("Result").asText()).isEqualTo("Success"); // Quality not configured: no warning
        assertThat(blurry.get("Quality").asInt()).isLessThan(50);
        assertThat(clean.get("Result").asText()).isEqualTo("Success");
        assertThat(clean.get("Quality").asInt()).isBetween(90, 99);
    }

    @Test
    void scoresAnOldPhotoOnFileInTheBorderlineBand() {
        JsonNode response = check(TestCards.front(TestCards.card(SUN_LI_ID), ImageEncoding.JPEG), null);

        assertThat(response.get("Result").asText()).isEqualTo("Success");
        assertThat(response.get("Sim").decimalValue()).isBetween(new BigDecimal("60.00"), new BigDecimal("75.00"));
    }

    @Test
    void scoresTheHoldersOwnOlderCardPhotoInTheBorderlineBand() {
        MainlandIdCard card = TestCards.card("310104199003077842");
        MainlandIdCard older = new MainlandIdCard(
                card.name(),
                card.sex(),
                card.nation(),
                card.birth(),
                card.address(),
                card.idNumber(),
                card.authority(),
                card.validFrom(),
                card.validUntil(),
                "subject-chen-jing-borderline");

        JsonNode response = check(CardGenerator.front(older, ImageEncoding.JPEG), null);

        assertThat(response.get("Sim").decimalValue()).isBetween(new BigDecimal("60.00"), new BigDecimal("75.00"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        ZHOU_QIANG_ID + ", FailedOperation.IdPhotoNoExist",
        WU_TONG_ID + ", FailedOperation.IdPhotoPoorQuality",
    })
    void saysSoWhenTheAuthorityHasNoUsablePhoto(String idNumber, String result) {
        JsonNode response = check(TestCards.front(TestCards.card(idNumber), ImageEncoding.PNG), null);

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo(result);
        assertThat(response.get("Sim").decimalValue().signum()).isZero();
        assertThat(Ledgers.entry(sandbox, response).billable()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "MULTIPLE_CARDS, FailedOperation.LifePhotoDetectFaces",
        "OCCLUDED, FailedOperation.LifePhotoDetectNoFaces",
        "LOW_RESOLUTION, FailedOperation.LifePhotoPoorQuality",
        "SMALL_IN_FRAME, FailedOperation.LifePhotoSizeError",
    })
    void reportsFacesItCannotCompare(CardDefect defect, String result) {
        JsonNode response = check(CardGenerator.front(ZHAO_MIN, ImageEncoding.JPEG, defect), null);

        assertThat(response.get("Result").asText()).isEqualTo(result);
        assertThat(response.get("Sim").decimalValue().signum()).isZero();
        assertThat(response.get("IdNum").asText()).isEqualTo(ZHAO_MIN.idNumber());
        assertThat(Ledgers.entry(sandbox, response).billable()).isFalse();
    }

    @Test
    void refusesAPhotoTooBlurryToRead() {
        JsonNode response = check(CardGenerator.front(ZHAO_MIN, ImageEncoding.JPEG, CardDefect.SEVERE_BLUR), null);

        assertThat(errorCode(response)).isEqualTo("FailedOperation.ImageBlur");
    }

    @Test
    void refusesAConfigWithAValueThatIsNotABoolean() {
        assertThat(errorCode(check(TestCards.front(ZHAO_MIN, ImageEncoding.JPEG), "{\"CopyWarn\":1}")))
                .isEqualTo("InvalidParameter");
    }

    private static JsonNode check(byte[] image, String config) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ImageBase64", TestCards.base64(image));
        if (config != null) {
            parameters.put("Config", config);
        }
        return client.post(ACTION, parameters);
    }
}
