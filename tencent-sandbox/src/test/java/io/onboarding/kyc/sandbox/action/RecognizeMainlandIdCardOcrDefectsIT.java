package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.ImageHost;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardFiles;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.ImageProbe;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The international OCR's warnings and refusals for damaged photos (seed 002). */
class RecognizeMainlandIdCardOcrDefectsIT extends SandboxHarness {

    private static final String ACTION = "RecognizeMainlandIDCardOCR";
    private static final MainlandIdCard CHEN_JING = TestCards.card("310104199003077842");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "INCOMPLETE_BORDER; -9101",
                "OCCLUDED; -9101",
                "PHOTOCOPY; -9102",
                "COLOUR_PHOTOCOPY; -9102",
                "RESHOOT; -9103",
                "ELECTRONIC; -9103",
                "PS_ALTERED; -9104",
                "REFLECTIVE; -9107",
                "BLURRY; -9108",
                "TEMPORARY; ''",
                "WATERMARK; ''",
            })
    void warnsWithTheInternationalCodeTable(CardDefect defect, String codes) {
        JsonNode response = ocr(CardGenerator.front(CHEN_JING, ImageEncoding.JPEG, defect), Map.of());

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Name").asText()).isEqualTo("陈静");
        assertThat(warnings(response)).isEqualTo(codes.isEmpty() ? List.of() : List.of(Integer.parseInt(codes)));
        assertThat(Ledgers.entry(sandbox, response).billable()).isTrue();
    }

    @Test
    void listsEveryWarningThatApplies() {
        byte[] image = CardGenerator.front(
                CHEN_JING, ImageEncoding.JPEG, CardDefect.PHOTOCOPY, CardDefect.OCCLUDED, CardDefect.PS_ALTERED);

        assertThat(warnings(ocr(image, Map.of()))).containsExactly(-9101, -9102, -9104);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "SEVERE_BLUR, FailedOperation.ImageBlur",
        "LOW_RESOLUTION, FailedOperation.IdCardTooSmall",
        "SMALL_IN_FRAME, FailedOperation.IdCardTooSmall",
        "MULTIPLE_CARDS, FailedOperation.MultiCardError",
    })
    void refusesPhotosItCannotRead(CardDefect defect, String code) {
        JsonNode response = ocr(CardGenerator.front(CHEN_JING, ImageEncoding.PNG, defect), Map.of());

        assertThat(errorCode(response)).isEqualTo(code);
        assertThat(Ledgers.entry(sandbox, response).billable()).isFalse();
    }

    @Test
    void readsBothSidesOfAPageUnlessOneIsNamed() {
        byte[] page = CardGenerator.bothSides(CHEN_JING, ImageEncoding.JPEG);

        JsonNode both = ocr(page, Map.of());
        assertThat(both.get("Name").asText()).isEqualTo("陈静");
        assertThat(both.get("ValidDate").asText()).isEqualTo(CHEN_JING.printedValidity());

        JsonNode back = ocr(page, Map.of("CardSide", "BACK"));
        assertThat(back.get("Name").asText()).isEmpty();
        assertThat(back.get("Authority").asText()).isEqualTo(CHEN_JING.authority());
    }

    @Test
    void refusesAPortraitSideWhoseNumberIsNotAnIdNumberButReadsAWrongCheckCharacter() {
        MainlandIdCard garbled = new MainlandIdCard(
                "陈静",
                "女",
                "汉",
                LocalDate.of(1990, 3, 7),
                "某地",
                "31010419901307784",
                "某局",
                LocalDate.of(2020, 1, 1),
                null,
                "subject-chen-jing");
        MainlandIdCard wrongCheck = new MainlandIdCard(
                "陈静",
                "女",
                "汉",
                LocalDate.of(1990, 3, 7),
                "某地",
                "310104199003077843",
                "某局",
                LocalDate.of(2020, 1, 1),
                null,
                "subject-chen-jing");

        assertThat(errorCode(ocr(CardGenerator.front(garbled, ImageEncoding.PNG), Map.of())))
                .isEqualTo("FailedOperation.IdCardInfoIllegal");
        assertThat(ocr(CardGenerator.front(wrongCheck, ImageEncoding.PNG), Map.of())
                        .get("IdNum")
                        .asText())
                .isEqualTo("310104199003077843");
    }

    @Test
    void cropsTheCardOutOfAPhotoOfADesk() {
        JsonNode response = ocr(
                CardGenerator.front(CHEN_JING, ImageEncoding.PNG, CardDefect.INCOMPLETE_BORDER),
                Map.of("CropIdCard", true, "CropPortrait", true));

        byte[] card = Base64.getDecoder().decode(response.get("IdCardImage").asText());
        assertThat(ImageProbe.probe(card).orElseThrow().width()).isLessThan(856); // the part inside the photo
        assertThat(response.get("PortraitImage").asText()).isNotEmpty();
    }

    @Test
    void refusesDamagedFilesAndDownloadsOverTheLimit() {
        byte[] front = TestCards.front(CHEN_JING, ImageEncoding.JPEG);

        assertThat(errorCode(ocr(CardFiles.truncated(front), Map.of()))).isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(ocr(CardFiles.corrupted(front), Map.of()))).isEqualTo("FailedOperation.ImageDecodeFailed");
        try (ImageHost host = new ImageHost()) {
            // 7 MB of base64 is 5.25 MB of file: a larger download is refused as a file, not as a parameter
            String url = host.serve("/large.jpg", CardFiles.padded(front, 5_600_000));
            assertThat(errorCode(client.post(ACTION, Map.of("ImageUrl", url))))
                    .isEqualTo("LimitExceeded.TooLargeFileError");
        }
    }

    private static JsonNode ocr(byte[] image, Map<String, ?> extra) {
        Map<String, Object> parameters = new java.util.HashMap<>(extra);
        parameters.put("ImageBase64", TestCards.base64(image));
        return client.post(ACTION, parameters);
    }

    private static List<Integer> warnings(JsonNode response) {
        List<Integer> codes = new ArrayList<>();
        response.get("WarnCardInfos").forEach(code -> codes.add(code.asInt()));
        return codes;
    }
}
