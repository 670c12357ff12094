package io.onboarding.kyc.activities.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.onboarding.kyc.activities.faceid.IdCardOcrVerification;
import io.onboarding.kyc.sandbox.encryption.EncryptionParameter;
import io.onboarding.kyc.sandbox.encryption.SandboxKeyPair;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine encrypts; the sandbox's decryptor, which plays Tencent, must get the text back. */
class FieldEncryptorTest {

    private static final String NAME = "李明";
    private static final String ID_NUMBER = "440524198701010014";
    private static final EncryptionParameter.Codes CODES = new EncryptionParameter.Codes(
            "FailedOperation.DecryptSystemError", "Decryption failed.", "InvalidParameter.UnsupportEncryptField");
    /** How TencentClient writes a request body. */
    private static final ObjectMapper WIRE = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private final FieldEncryptor encryptor =
            FieldEncryptor.forPem(SandboxKeyPair.testOnly().publicKeyPem());

    @Test
    void theSandboxDecryptsWhatTheEngineEncrypts() {
        EncryptedFields sealed = encryptor.encrypt(pair());

        Map<String, String> opened = open(sealed);

        assertThat(opened).containsEntry("IdCard", ID_NUMBER).containsEntry("Name", NAME);
        assertThat(sealed.encryption().algorithm()).isEqualTo("AES-256-CBC");
        assertThat(sealed.encryption().encryptList()).containsExactly("IdCard", "Name");
        assertThat(Base64.getDecoder().decode(sealed.encryption().iv())).hasSize(16);
        assertThat(sealed.ciphertext("IdCard")).isNotEqualTo(ID_NUMBER);
    }

    @Test
    void everyRequestHasAKeyAndIvOfItsOwn() {
        EncryptedFields first = encryptor.encrypt(pair());
        EncryptedFields second = encryptor.encrypt(pair());

        assertThat(first.encryption().ciphertextBlob())
                .isNotEqualTo(second.encryption().ciphertextBlob());
        assertThat(first.encryption().iv()).isNotEqualTo(second.encryption().iv());
        assertThat(first.ciphertext("IdCard")).isNotEqualTo(second.ciphertext("IdCard"));
    }

    @Test
    void aKeyWrappedForSomeoneElseDoesNotOpen() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        FieldEncryptor forAnotherKey =
                new FieldEncryptor(generator.generateKeyPair().getPublic());

        EncryptedFields sealed = forAnotherKey.encrypt(pair());

        assertThatThrownBy(() -> open(sealed))
                .isInstanceOfSatisfying(
                        ApiError.class, e -> assertThat(e.code()).isEqualTo("FailedOperation.DecryptSystemError"));
    }

    @Test
    void readsTheX509FormOfTheKeyToo() {
        String x509 = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(SandboxKeyPair.testOnly().publicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertThat(open(FieldEncryptor.forPem(x509).encrypt(pair()))).containsEntry("Name", NAME);
    }

    @Test
    void refusesSomethingThatIsNotAPublicKey() {
        assertThatThrownBy(() -> FieldEncryptor.forPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRequestOnTheWireCarriesCiphertextAndEncryptionButNoText() throws Exception {
        IdCardOcrVerification.Request request =
                IdCardOcrVerification.Request.byEncryptedNameAndNumber(NAME, ID_NUMBER, encryptor);

        String body = WIRE.writeValueAsString(request);
        JsonNode json = WIRE.readTree(body);

        assertThat(body).doesNotContain(ID_NUMBER).doesNotContain(NAME);
        assertThat(json.at("/Encryption/Algorithm").asText()).isEqualTo("AES-256-CBC");
        assertThat(json.at("/Encryption/EncryptList/0").asText()).isEqualTo("IdCard");
        assertThat(json.at("/Encryption/CiphertextBlob").asText()).isNotEmpty();
        assertThat(json.at("/Encryption/Iv").asText()).isNotEmpty();
        assertThat(json.has("ImageBase64")).isFalse();
        assertThat(request.toString()).doesNotContain(ID_NUMBER).doesNotContain(NAME);
        assertThat(encryptor.toString() + request.encryption())
                .doesNotContain(json.at("/Encryption/CiphertextBlob").asText());
    }

    @Test
    void offByDefaultAndRefusesHalfASetting() {
        assertThat(new IdentityFieldEncryption(new TencentEncryptionSettings(false, null, null, "AES-256-CBC"))
                        .encryptor())
                .isEmpty();
        assertThatThrownBy(() ->
                        new IdentityFieldEncryption(new TencentEncryptionSettings(true, null, null, "AES-256-CBC")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("public-key");
        assertThatThrownBy(() -> new IdentityFieldEncryption(new TencentEncryptionSettings(
                        true, SandboxKeyPair.testOnly().publicKeyPem(), null, "SM4-GCM")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SM4-GCM");
    }

    private static Map<String, String> pair() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("IdCard", ID_NUMBER);
        fields.put("Name", NAME);
        return fields;
    }

    /** What the sandbox does with a request: unwrap the key, then decrypt the listed fields. */
    private static Map<String, String> open(EncryptedFields sealed) {
        JsonNode encryption = WIRE.valueToTree(sealed.encryption());
        return EncryptionParameter.open(encryption, SandboxKeyPair.testOnly(), CODES)
                .decrypt(
                        Set.of("IdCard", "Name"),
                        field -> Optional.ofNullable(sealed.ciphertexts().get(field)));
    }
}
