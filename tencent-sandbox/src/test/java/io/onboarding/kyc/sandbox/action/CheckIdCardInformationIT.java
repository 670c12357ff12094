package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.ImageProbe;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckIdCardInformationIT extends SandboxHarness {

    private static final String ACTION = "CheckIdCardInformation";

    @Test
    void matchesTheHoldersOwnCardWithHighSimilarity() {
        MainlandIdCard card = TestCards.card(TestCards.LI_MING_ID);

        JsonNode response =
                check(card, ImageEncoding.PNG, Map.of("Config", "{\"CopyWarn\":true,\"ReshootWarn\":true}"));

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo("Success");
        assertThat(response.get("Description").asText()).isEqualTo("Success");
        assertThat(response.get("Sim").decimalValue()).isBetween(new BigDecimal("85.00"), new BigDecimal("99.50"));
        assertThat(response.get("Name").asText()).isEqualTo("李明");
        assertThat(response.get("Sex").asText()).isEqualTo("男");
        assertThat(response.get("Nation").asText()).isEqualTo("汉");
        assertThat(response.get("Birth").asText()).isEqualTo("1987/1/1");
        assertThat(response.get("Address").asText()).isEqualTo(card.address());
        assertThat(response.get("IdNum").asText()).isEqualTo(TestCards.LI_MING_ID);
        assertThat(response.get("Warnings").asText()).isEmpty();
        assertThat(response.get("Quality").asInt()).isBetween(90, 99);
        assertThat(response.get("Encryption").isNull()).isTrue();
        byte[] portrait = Base64.getDecoder().decode(response.get("Portrait").asText());
        assertThat(ImageProbe.probe(portrait))
                .get()
                .extracting(ImageProbe.Probed::format)
                .isEqualTo("JPEG");
        assertThat(entry(response).billable()).isTrue();
    }

    @Test
    void givesTheSameSimilarityForTheSameCardEveryTime() {
        MainlandIdCard card = TestCards.card(TestCards.WANG_FANG_ID);

        JsonNode first = check(card, ImageEncoding.JPEG, Map.of());
        JsonNode second = check(card, ImageEncoding.PNG, Map.of());

        assertThat(first.get("Sim").decimalValue()).isEqualTo(second.get("Sim").decimalValue());
        assertThat(first.get("Sim").decimalValue().scale()).isLessThanOrEqualTo(2);
    }

    @Test
    void scoresSomeoneElsesPhotoOnTheHoldersCardLow() {
        MainlandIdCard genuine = TestCards.card(TestCards.WANG_FANG_ID);
        MainlandIdCard swappedPhoto = new MainlandIdCard(
                genuine.name(),
                genuine.sex(),
                genuine.nation(),
                genuine.birth(),
                genuine.address(),
                genuine.idNumber(),
                genuine.authority(),
                genuine.validFrom(),
                genuine.validUntil(),
                "subject-impostor");

        JsonNode response = check(swappedPhoto, ImageEncoding.JPEG, Map.of());

        assertThat(response.get("Result").asText()).isEqualTo("Success");
        assertThat(response.get("Sim").decimalValue()).isBetween(new BigDecimal("5.00"), new BigDecimal("40.00"));
    }

    @Test
    void reportsAnUnregisteredNumberInResult() {
        MainlandIdCard stranger = new MainlandIdCard(
                "赵六",
                "男",
                "汉",
                LocalDate.of(1990, 3, 7),
                "某地",
                "110101199003070011",
                "某局",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2040, 1, 1),
                "subject-zhao-liu");

        JsonNode response = check(stranger, ImageEncoding.PNG, Map.of());

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo("FailedOperation.IdNoExistSystem");
        assertThat(response.get("Sim").decimalValue().signum()).isZero();
        assertThat(response.get("IdNum").asText()).isEqualTo("110101199003070011");
        assertThat(entry(response).resultCode()).isEqualTo("FailedOperation.IdNoExistSystem");
    }

    @Test
    void reportsARegisteredNumberWithAnotherNameInResult() {
        MainlandIdCard forged = new MainlandIdCard(
                "王五",
                "男",
                "汉",
                LocalDate.of(1987, 1, 1),
                "某地",
                TestCards.LI_MING_ID,
                "某局",
                LocalDate.of(2020, 1, 1),
                null,
                "subject-li-ming");

        JsonNode response = check(forged, ImageEncoding.JPEG, Map.of());

        assertThat(response.get("Result").asText()).isEqualTo("FailedOperation.IdNameMisMatch");
        assertThat(response.get("Sim").decimalValue().signum()).isZero();
    }

    @Test
    void reportsAMalformedNumberWithoutConsultingTheAuthority() {
        MainlandIdCard misprinted = new MainlandIdCard(
                "李明",
                "男",
                "汉",
                LocalDate.of(1987, 1, 1),
                "某地",
                "440524198701010015",
                "某局",
                LocalDate.of(2020, 1, 1),
                null,
                "subject-li-ming");

        JsonNode response = check(misprinted, ImageEncoding.PNG, Map.of());

        assertThat(response.get("Result").asText()).isEqualTo("FailedOperation.IdFormatError");
        assertThat(response.get("Sim").decimalValue().signum()).isZero();
        assertThat(entry(response).billable()).isFalse();
    }

    @Test
    void needsAKeyWhenAskedToEncrypt() {
        MainlandIdCard card = TestCards.card(TestCards.LI_MING_ID);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ImageBase64", TestCards.base64(TestCards.front(card, ImageEncoding.PNG)));
        parameters.put("IsEncrypt", true);

        // with a key it encrypts: EncryptedIdentityFieldsIT
        assertThat(errorCode(client.post(ACTION, parameters))).isEqualTo("InvalidParameter");
    }

    @Test
    void reportsUnusableImagesAsErrors() {
        MainlandIdCard card = TestCards.card(TestCards.LI_MING_ID);

        JsonNode back =
                client.post(ACTION, Map.of("ImageBase64", TestCards.base64(TestCards.back(card, ImageEncoding.PNG))));
        assertThat(errorCode(back)).isEqualTo("FailedOperation.ImageNoIdCard");
        assertThat(entry(back).billable()).isFalse();
        assertThat(errorCode(client.post(ACTION, Map.of("ImageBase64", TestCards.base64(new byte[] {1, 2, 3})))))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(client.post(ACTION, Map.of()))).isEqualTo("InvalidParameter");
    }

    @Test
    void refusesAConfigThatIsNotAJsonObjectString() {
        MainlandIdCard card = TestCards.card(TestCards.LI_MING_ID);

        assertThat(errorCode(check(card, ImageEncoding.PNG, Map.of("Config", "{CopyWarn:true"))))
                .isEqualTo("InvalidParameter");
        assertThat(errorCode(check(card, ImageEncoding.PNG, Map.of("Config", "[true]"))))
                .isEqualTo("InvalidParameter");
    }

    private static JsonNode check(MainlandIdCard card, ImageEncoding format, Map<String, String> extra) {
        Map<String, String> parameters = new HashMap<>(extra);
        parameters.put("ImageBase64", TestCards.base64(TestCards.front(card, format)));
        return client.post(ACTION, parameters);
    }

    private static LedgerEntry entry(JsonNode response) {
        return sandbox.ledger().calls().stream()
                .filter(call ->
                        call.requestId().equals(response.get("RequestId").asText()))
                .findFirst()
                .orElseThrow();
    }
}
