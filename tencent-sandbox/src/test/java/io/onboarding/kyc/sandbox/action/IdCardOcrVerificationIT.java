package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.ImageHost;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdCardOcrVerificationIT extends SandboxHarness {

    private static final String ACTION = "IdCardOCRVerification";

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "李明, 440524198701010014, 0, Name and identity card number match, true",
        "张伟, 11010519491231002x, 0, Name and identity card number match, true",
        "王芳, 440524198701010014, -1, Name and ID card number mismatch, true",
        "李明, 11204416541220243X, -2, 'Invalid ID number (incorrect length, check digit, etc.)', false",
        "李明, 44052419870101001, -2, 'Invalid ID number (incorrect length, check digit, etc.)', false",
        "李明2, 440524198701010014, -3, Invalid name (incorrect length or format), false",
        "'', 440524198701010014, -3, Invalid name (incorrect length or format), false",
        "李明, 110101199003070011, -5, No ID card record found in the document library, false",
    })
    void verifiesNameAndNumberAgainstTheRegistry(
            String name, String idNumber, String result, String description, boolean billable) {
        JsonNode response = client.post(ACTION, Map.of("Name", name, "IdCard", idNumber));

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo(result);
        assertThat(response.get("Description").asText()).isEqualTo(description);
        assertThat(response.get("Name").asText()).isEqualTo(name);
        assertThat(response.get("IdCard").asText()).isEqualTo(idNumber);
        for (String ocrField : new String[] {"Sex", "Nation", "Birth", "Address"}) {
            assertThat(response.get(ocrField).asText()).as(ocrField).isEmpty();
        }
        LedgerEntry entry = entry(response);
        assertThat(entry.resultCode()).isEqualTo(result);
        assertThat(entry.billable()).isEqualTo(billable);
    }

    @Test
    void refusesNamesLongerThan32Characters() {
        JsonNode response = client.post(ACTION, Map.of("Name", "李".repeat(33), "IdCard", TestCards.LI_MING_ID));

        assertThat(response.get("Result").asText()).isEqualTo("-3");
    }

    @Test
    void readsNameAndNumberFromAPortraitSideImage() {
        MainlandIdCard card = TestCards.card(TestCards.WANG_FANG_ID);

        JsonNode response =
                client.post(ACTION, Map.of("ImageBase64", TestCards.base64(TestCards.front(card, ImageEncoding.JPEG))));

        assertThat(response.get("Result").asText()).isEqualTo("0");
        assertThat(response.get("Name").asText()).isEqualTo("王芳");
        assertThat(response.get("IdCard").asText()).isEqualTo(TestCards.WANG_FANG_ID);
        assertThat(response.get("Sex").asText()).isEqualTo("女");
        assertThat(response.get("Nation").asText()).isEqualTo("汉");
        assertThat(response.get("Birth").asText()).isEqualTo("1995/5/13");
        assertThat(response.get("Address").asText()).isEqualTo(card.address());
    }

    @Test
    void readsFromAnImageUrl() {
        try (ImageHost images = new ImageHost()) {
            String url = images.serve(
                    "/front.png", TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.PNG));

            JsonNode response = client.post(ACTION, Map.of("ImageUrl", url));

            assertThat(response.get("Result").asText()).isEqualTo("0");
            assertThat(response.get("Name").asText()).isEqualTo("李明");
        }
    }

    @Test
    void prefersTypedNameAndNumberOverAnImage() {
        String image = TestCards.base64(TestCards.front(TestCards.card(TestCards.WANG_FANG_ID), ImageEncoding.JPEG));

        JsonNode response =
                client.post(ACTION, Map.of("Name", "李明", "IdCard", TestCards.LI_MING_ID, "ImageBase64", image));

        assertThat(response.get("Name").asText()).isEqualTo("李明");
        assertThat(response.get("Sex").asText()).isEmpty();
    }

    @Test
    void reportsACardWithAForeignNameAsAMismatch() {
        MainlandIdCard impostor = new MainlandIdCard(
                "王五",
                "男",
                "汉",
                LocalDate.of(1987, 1, 1),
                "某地",
                TestCards.LI_MING_ID,
                "某局",
                LocalDate.of(2020, 1, 1),
                null,
                "subject-wang-wu");

        JsonNode response = client.post(
                ACTION, Map.of("ImageBase64", TestCards.base64(TestCards.front(impostor, ImageEncoding.PNG))));

        assertThat(response.get("Result").asText()).isEqualTo("-1");
        assertThat(response.get("Sex").asText()).isEqualTo("男");
    }

    @Test
    void refusesEncryptedFieldsItCannotDecrypt() {
        JsonNode response = client.post(
                ACTION,
                Map.of(
                        "Name",
                        "x",
                        "IdCard",
                        "y",
                        "Encryption",
                        Map.of(
                                "Algorithm",
                                "AES-256-CBC",
                                "CiphertextBlob",
                                "abc=",
                                "Iv",
                                "AAAAAAAAAAAAAAAAAAAAAA==",
                                "EncryptList",
                                List.of("Name", "IdCard"))));

        // the rest of the scheme is EncryptedIdentityFieldsIT's
        assertThat(errorCode(response)).isEqualTo("FailedOperation.DecryptSystemError");
    }

    @Test
    void needsSomethingToVerify() {
        assertThat(errorCode(client.post(ACTION, Map.of()))).isEqualTo("InvalidParameter");
    }

    @Test
    void reportsUnusableImages() {
        MainlandIdCard card = TestCards.card(TestCards.LI_MING_ID);

        assertThat(errorCode(client.post(
                        ACTION, Map.of("ImageBase64", TestCards.base64(TestCards.back(card, ImageEncoding.PNG))))))
                .isEqualTo("FailedOperation.ImageNoIdCard");
        assertThat(errorCode(client.post(ACTION, Map.of("ImageBase64", "%%%"))))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(client.post(ACTION, Map.of("ImageBase64", ""))))
                .isEqualTo("FailedOperation.EmptyImageError");
        assertThat(errorCode(client.post(ACTION, Map.of("ImageBase64", "A".repeat(3 * 1024 * 1024 + 4)))))
                .isEqualTo("FailedOperation.ImageSizeTooLarge");
        assertThat(errorCode(client.post(ACTION, Map.of("ImageUrl", "http://203.0.113.7/card.jpg"))))
                .isEqualTo("FailedOperation.DownLoadError");
    }

    private static LedgerEntry entry(JsonNode response) {
        return sandbox.ledger().calls().stream()
                .filter(call ->
                        call.requestId().equals(response.get("RequestId").asText()))
                .findFirst()
                .orElseThrow();
    }
}
