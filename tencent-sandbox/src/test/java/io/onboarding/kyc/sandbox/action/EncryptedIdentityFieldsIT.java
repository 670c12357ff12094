package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.encryption.TestEncryption;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Face ID's {@code Encryption} parameter: an encrypted IdCardOCRVerification behaves as the same request in plain
 * text; CheckIdCardInformation encrypts its answer under the caller's key; every malformed piece has its code.
 */
class EncryptedIdentityFieldsIT extends SandboxHarness {

    private static final String VERIFY = "IdCardOCRVerification";
    private static final String CHECK = "CheckIdCardInformation";

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({"李明, 440524198701010014, 0", "王芳, 440524198701010014, -1", "李明, 110101199003070011, -5"})
    void anEncryptedPairIsVerifiedAsThePlainPairIs(String name, String idNumber, String result) {
        TestEncryption caller = TestEncryption.fresh();

        JsonNode encrypted = client.post(
                VERIFY,
                Map.of(
                        "Name", caller.encrypt(name),
                        "IdCard", caller.encrypt(idNumber),
                        "Encryption", caller.encryption("Name", "IdCard")));
        LedgerEntry encryptedEntry = Ledgers.entry(sandbox, encrypted);
        JsonNode plain = client.post(VERIFY, Map.of("Name", name, "IdCard", idNumber));
        LedgerEntry plainEntry = Ledgers.entry(sandbox, plain);

        assertThat(errorCode(encrypted)).isNull();
        assertThat(encrypted.get("Result").asText())
                .isEqualTo(result)
                .isEqualTo(plain.get("Result").asText());
        assertThat(encrypted.get("Description").asText())
                .isEqualTo(plain.get("Description").asText());
        // the page documents no encrypted answer for this action: the verified pair comes back as text
        assertThat(encrypted.get("Name").asText()).isEqualTo(name);
        assertThat(encrypted.get("IdCard").asText()).isEqualTo(idNumber);
        assertThat(encryptedEntry.billable()).isEqualTo(plainEntry.billable());
        // the ledger groups both calls under the same person, so the sandbox did read the number
        assertThat(encryptedEntry.identity()).isEqualTo(plainEntry.identity()).doesNotContain(idNumber);
    }

    @Test
    void anEncryptedPairStillWinsOverAnImage() {
        TestEncryption caller = TestEncryption.fresh();
        String image = TestCards.base64(TestCards.front(TestCards.card(TestCards.WANG_FANG_ID), ImageEncoding.JPEG));

        JsonNode response = client.post(
                VERIFY,
                Map.of(
                        "Name", caller.encrypt("李明"),
                        "IdCard", caller.encrypt(TestCards.LI_MING_ID),
                        "ImageBase64", image,
                        "Encryption", caller.encryption("Name", "IdCard")));

        assertThat(response.get("Result").asText()).isEqualTo("0");
        assertThat(response.get("Name").asText()).isEqualTo("李明");
    }

    @Test
    void aKeyNotWrappedWithTheServicesKeyDoesNotDecrypt() {
        TestEncryption caller = TestEncryption.fresh();
        Map<String, Object> encryption = new HashMap<>(caller.encryption("Name", "IdCard"));
        encryption.put("CiphertextBlob", Base64.getEncoder().encodeToString(new byte[256]));

        assertThat(errorCode(verify(caller, encryption))).isEqualTo("FailedOperation.DecryptSystemError");

        encryption.put("CiphertextBlob", "not base64 at all!");
        assertThat(errorCode(verify(caller, encryption))).isEqualTo("FailedOperation.DecryptSystemError");

        // wrapped correctly, but 16 bytes is no AES-256 key
        encryption.put("CiphertextBlob", TestEncryption.wrap(new byte[16]));
        assertThat(errorCode(verify(caller, encryption))).isEqualTo("FailedOperation.DecryptSystemError");
    }

    @Test
    void aFieldThatDoesNotDecryptUnderTheKey() {
        TestEncryption caller = TestEncryption.fresh();
        TestEncryption stranger = TestEncryption.fresh();

        JsonNode response = client.post(
                VERIFY,
                Map.of(
                        "Name", stranger.encrypt("李明"),
                        "IdCard", caller.encrypt(TestCards.LI_MING_ID),
                        "Encryption", caller.encryption("Name", "IdCard")));

        assertThat(errorCode(response)).isEqualTo("FailedOperation.DecryptSystemError");
        assertThat(sandbox.ledger().calls())
                .allSatisfy(entry -> assertThat(entry.billable()).isFalse());
    }

    @Test
    void anIvOfTheWrongLengthOrAnUnknownAlgorithmIsAnInvalidValue() {
        TestEncryption caller = TestEncryption.fresh();
        Map<String, Object> encryption = new HashMap<>(caller.encryption("Name", "IdCard"));
        encryption.put("Iv", Base64.getEncoder().encodeToString(new byte[12]));
        assertThat(errorCode(verify(caller, encryption))).isEqualTo("InvalidParameterValue");

        encryption.put("Iv", "%%%");
        assertThat(errorCode(verify(caller, encryption))).isEqualTo("InvalidParameterValue");

        encryption = new HashMap<>(caller.encryption("Name", "IdCard"));
        encryption.put("Algorithm", "AES-128-ECB");
        assertThat(errorCode(verify(caller, encryption))).isEqualTo("InvalidParameterValue");
    }

    @Test
    void sm4IsDocumentedButNotEmulated() {
        TestEncryption caller = TestEncryption.fresh();
        Map<String, Object> encryption = new HashMap<>(caller.encryption("Name", "IdCard"));
        encryption.put("Algorithm", "SM4-GCM");

        assertThat(errorCode(verify(caller, encryption))).isEqualTo("UnsupportedOperation");
    }

    @Test
    void missingPiecesAreMissingParameters() {
        TestEncryption caller = TestEncryption.fresh();
        for (String piece : List.of("Algorithm", "CiphertextBlob", "Iv")) {
            Map<String, Object> encryption = new HashMap<>(caller.encryption("Name", "IdCard"));
            encryption.remove(piece);

            JsonNode response = verify(caller, encryption);

            assertThat(errorCode(response)).as(piece).isEqualTo("MissingParameter");
            assertThat(response.at("/Error/Message").asText()).contains("Encryption." + piece);
        }
    }

    @Test
    void aListedFieldMustBeSent() {
        TestEncryption caller = TestEncryption.fresh();

        JsonNode response = client.post(
                VERIFY,
                Map.of(
                        "IdCard",
                        caller.encrypt(TestCards.LI_MING_ID),
                        "Encryption",
                        caller.encryption("Name", "IdCard")));

        assertThat(errorCode(response)).isEqualTo("MissingParameter");
        assertThat(response.at("/Error/Message").asText()).contains("`Name`");
    }

    @Test
    void onlyTheIdentityFieldsAreEncryptedAndBothMustBe() {
        TestEncryption caller = TestEncryption.fresh();

        JsonNode image = client.post(
                VERIFY,
                Map.of(
                        "Name", caller.encrypt("李明"),
                        "IdCard", caller.encrypt(TestCards.LI_MING_ID),
                        "ImageUrl", caller.encrypt("https://example.com/front.png"),
                        "Encryption", caller.encryption("Name", "IdCard", "ImageUrl")));
        assertThat(errorCode(image)).isEqualTo("InvalidParameter.UnsupportEncryptField");

        JsonNode halfPlain = client.post(
                VERIFY,
                Map.of(
                        "Name", "李明",
                        "IdCard", caller.encrypt(TestCards.LI_MING_ID),
                        "Encryption", caller.encryption("IdCard")));
        assertThat(errorCode(halfPlain)).isEqualTo("InvalidParameter.UnsupportEncryptField");
    }

    @Test
    void checkIdCardInformationEncryptsNameAndNumberInItsAnswer() {
        TestEncryption caller = TestEncryption.fresh();
        Map<String, Object> parameters = checkOfLiMing();
        parameters.put("IsEncrypt", true);
        parameters.put("Encryption", caller.encryption());

        JsonNode response = client.post(CHECK, parameters);

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo("Success");
        JsonNode how = response.get("Encryption");
        assertThat(how.get("Algorithm").asText()).isEqualTo("AES-256-CBC");
        assertThat(how.get("EncryptList")).extracting(JsonNode::asText).containsExactly("Name", "IdNum");
        String iv = how.get("Iv").asText();
        assertThat(response.get("IdNum").asText()).isNotEqualTo(TestCards.LI_MING_ID);
        assertThat(caller.decrypt(response.get("IdNum").asText(), iv)).isEqualTo(TestCards.LI_MING_ID);
        assertThat(caller.decrypt(response.get("Name").asText(), iv)).isEqualTo("李明");
        assertThat(response.get("Sex").asText()).isEqualTo("男");
        assertThat(Ledgers.entry(sandbox, response).billable()).isTrue();
    }

    @Test
    void checkIdCardInformationEncryptsItsWholeAnswerWhenAsked() throws Exception {
        TestEncryption caller = TestEncryption.fresh();
        Map<String, Object> parameters = checkOfLiMing();
        parameters.put("IsEncryptResponse", true);
        parameters.put("Encryption", caller.encryption());

        JsonNode response = client.post(CHECK, parameters);

        assertThat(errorCode(response)).isNull();
        assertThat(response.has("Result")).isFalse();
        assertThat(response.get("Encryption").get("EncryptList"))
                .extracting(JsonNode::asText)
                .containsExactly("EncryptionBody");
        JsonNode body = Envelope.JSON.readTree(caller.decrypt(
                response.get("EncryptedBody").asText(),
                response.get("Encryption").get("Iv").asText()));
        assertThat(body.get("Result").asText()).isEqualTo("Success");
        assertThat(body.get("IdNum").asText()).isEqualTo(TestCards.LI_MING_ID);
    }

    @Test
    void checkIdCardInformationNeedsAKeyToEncryptWith() {
        Map<String, Object> parameters = checkOfLiMing();
        parameters.put("IsEncrypt", true);
        assertThat(errorCode(client.post(CHECK, parameters))).isEqualTo("InvalidParameter");

        TestEncryption caller = TestEncryption.fresh();
        Map<String, Object> encryption = new HashMap<>(caller.encryption());
        encryption.put("CiphertextBlob", Base64.getEncoder().encodeToString(new byte[256]));
        parameters.put("Encryption", encryption);
        assertThat(errorCode(client.post(CHECK, parameters))).isEqualTo("FailedOperation.EncryptSystemError");
    }

    @Test
    void checkIdCardInformationTakesNoEncryptedRequestField() {
        TestEncryption caller = TestEncryption.fresh();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ImageUrl", caller.encrypt("https://example.com/front.png"));
        parameters.put("Encryption", caller.encryption("ImageUrl"));

        assertThat(errorCode(client.post(CHECK, parameters))).isEqualTo("InvalidParameter");
    }

    @Test
    void checkIdCardInformationWithAKeyButNoFlagAnswersInPlainText() {
        Map<String, Object> parameters = checkOfLiMing();
        parameters.put("Encryption", TestEncryption.fresh().encryption());

        JsonNode response = client.post(CHECK, parameters);

        assertThat(response.get("IdNum").asText()).isEqualTo(TestCards.LI_MING_ID);
        assertThat(response.get("Encryption").isNull()).isTrue();
    }

    private static JsonNode verify(TestEncryption caller, Map<String, Object> encryption) {
        return client.post(
                VERIFY,
                Map.of(
                        "Name", caller.encrypt("李明"),
                        "IdCard", caller.encrypt(TestCards.LI_MING_ID),
                        "Encryption", encryption));
    }

    private static Map<String, Object> checkOfLiMing() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(
                "ImageBase64",
                TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.PNG)));
        return parameters;
    }
}
