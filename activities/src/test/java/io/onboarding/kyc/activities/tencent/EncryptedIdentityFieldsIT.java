package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.activities.encryption.IdentityFieldEncryption;
import io.onboarding.kyc.activities.encryption.TencentEncryptionSettings;
import io.onboarding.kyc.activities.faceid.FaceIdActivitiesImpl;
import io.onboarding.kyc.activities.image.VendorImages;
import io.onboarding.kyc.contract.faceid.FaceIdActivities;
import io.onboarding.kyc.contract.faceid.IdVerification;
import io.onboarding.kyc.contract.faceid.IdVerificationResult;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.encryption.SandboxKeyPair;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.sealing.Sealer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real client with {@code tencent.encryption.enabled} against the real sandbox, which holds the private half of
 * the key the engine is given: the verdicts are those of the same question asked in plain text, and the sandbox
 * could only have reached them by decrypting.
 */
@MicronautTest(transactional = false)
class EncryptedIdentityFieldsIT extends SandboxBackedTest {

    private static final String LI_MING_ID = "440524198701010014";

    @Inject
    FaceIdActivities encrypting;

    @Inject
    IdentityFieldEncryption encryption;

    @Inject
    VendorCalls vendorCalls;

    @Inject
    VendorImages images;

    @Inject
    Sealer sealer;

    @Inject
    JourneyStore journeys;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("tencent.encryption.enabled", "true");
        properties.put("tencent.encryption.public-key-file", publicKeyFile().toString());
        return properties;
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({"李明, 440524198701010014, MATCH", "王芳, 440524198701010014, MISMATCH"})
    void anEncryptedQuestionGetsThePlainQuestionsAnswer(String name, String idNumber, IdVerificationResult expected) {
        FaceIdActivities plain = new FaceIdActivitiesImpl(
                vendorCalls,
                images,
                sealer,
                new IdentityFieldEncryption(new TencentEncryptionSettings(false, null, null, "AES-256-CBC")));

        assertThat(encryption.encryptor()).as("tencent.encryption.* bound").isPresent();

        IdVerification encrypted = encrypting.verifyNameAndIdNumber(newJourney(), name, idNumber);
        IdVerification inPlainText = plain.verifyNameAndIdNumber(newJourney(), name, idNumber);

        assertThat(encrypted.result()).isEqualTo(expected).isEqualTo(inPlainText.result());
        assertThat(encrypted.billable()).isEqualTo(inPlainText.billable()).isTrue();
        List<LedgerEntry> calls = sandbox.ledger().calls();
        assertThat(calls).hasSize(2).allSatisfy(call -> {
            assertThat(call.action()).isEqualTo("IdCardOCRVerification");
            assertThat(String.valueOf(call.identity())).doesNotContain(idNumber).doesNotContain(name);
        });
        // the sandbox tags a call with the number it verified: it read the same number out of the ciphertext
        assertThat(calls.get(0).identity()).isNotNull().isEqualTo(calls.get(1).identity());
    }

    private String newJourney() {
        String id = JourneyIds.newJourneyId();
        Instant now = Instant.now();
        journeys.create(
                new Journey(id, "encryption-test", "CHN", "AUTO", "RUNNING", null, null, "", now, now, 0, null));
        return id;
    }

    private static Path publicKeyFile() {
        try {
            Path file = Files.createTempFile("sandbox-public-key", ".pem");
            Files.writeString(file, SandboxKeyPair.testOnly().publicKeyPem());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
