package io.onboarding.kyc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.onboarding.kyc.store.document.DocumentRepository;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.sealing.Sealer;
import io.onboarding.kyc.store.vendor.VendorCall;
import io.onboarding.kyc.store.vendor.VendorCallStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The runbook's rotation against a real database: rows written by a process with one key are read by
 * the next deploy, whose ring holds a new current key and the old one.
 */
class SealingKeyRotationIT {

    private static final String S1 = StoreTest.SEALING_KEY;
    private static final String S2 =
            Base64.getEncoder().encodeToString("the second sealing key, 32 bytes".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] IMAGE = "PNG-bytes-with-ID-440524198701010014".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANSWER = "{\"Result\":\"0\"}".getBytes(StandardCharsets.UTF_8);
    private static final String ASKED = "李明\u0000440524198701010014";

    @Test
    void rowsSealedUnderTheOldKeyOpenAfterTheSwitchAndNewRowsUseTheNewKey() {
        String journeyId =
                "jny_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        String oldDocument;
        String subject;
        try (ApplicationContext s1Only = start(Map.of("kyc.sealing.key", S1))) {
            s1Only.getBean(JourneyStore.class)
                    .create(new Journey(
                            journeyId,
                            "customer-1",
                            "CHN",
                            "ID_CARD",
                            "RUNNING",
                            null,
                            null,
                            "",
                            Instant.now(),
                            Instant.now(),
                            0,
                            null));
            oldDocument = s1Only.getBean(DocumentStore.class).save(journeyId, "FRONT", "image/png", IMAGE);
            subject = s1Only.getBean(Sealer.class).fingerprint(ASKED);
            s1Only.getBean(VendorCallStore.class).record(paid(journeyId, subject), ANSWER);
        }

        String newDocument;
        try (ApplicationContext rotated = startWithS2Current("s2:" + S2 + ",s1:" + S1)) {
            DocumentStore documents = rotated.getBean(DocumentStore.class);
            assertThat(documents.load(oldDocument).content()).isEqualTo(IMAGE);
            // the same question fingerprints the same, so the answer paid for under s1 is found and opens
            assertThat(rotated.getBean(Sealer.class).fingerprint(ASKED)).isEqualTo(subject);
            assertThat(rotated.getBean(VendorCallStore.class).paidAnswer(journeyId, "IdCardOCRVerification", subject))
                    .hasValue(ANSWER);

            newDocument = documents.save(journeyId, "BACK", "image/png", IMAGE);
            DocumentRepository rows = rotated.getBean(DocumentRepository.class);
            assertThat(rows.findById(oldDocument).orElseThrow().keyId()).isEqualTo("s1");
            assertThat(rows.findById(newDocument).orElseThrow().keyId()).isEqualTo("s2");
            assertThat(documents.load(newDocument).content()).isEqualTo(IMAGE);
        }

        // dropping s1 too early: the new row still opens, the old one fails naming the missing key
        try (ApplicationContext s1Dropped = startWithS2Current("s2:" + S2)) {
            DocumentStore documents = s1Dropped.getBean(DocumentStore.class);
            assertThat(documents.load(newDocument).content()).isEqualTo(IMAGE);
            assertThatThrownBy(() -> documents.load(oldDocument))
                    .hasMessageContaining("'s1'")
                    .hasMessageNotContaining(S1);
        }
    }

    /** The deploy after the switch: {@code ring} holds s2, which seals; fingerprints keep s1's key. */
    private static ApplicationContext startWithS2Current(String ring) {
        return start(Map.of("kyc.sealing.keys", ring, "kyc.sealing.key-id", "s2", "kyc.sealing.fingerprint-key", S1));
    }

    private static ApplicationContext start(Map<String, String> sealing) {
        Map<String, Object> properties = new HashMap<>(StoreTest.database());
        properties.putAll(sealing);
        return ApplicationContext.builder()
                .environments("test")
                .properties(properties)
                .start();
    }

    private static VendorCall paid(String journeyId, String subject) {
        return new VendorCall(
                null,
                journeyId,
                "ID_VERIFICATION",
                subject,
                1,
                "IdCardOCRVerification",
                "req-1",
                "0",
                true,
                12,
                Instant.now(),
                null,
                null);
    }
}
