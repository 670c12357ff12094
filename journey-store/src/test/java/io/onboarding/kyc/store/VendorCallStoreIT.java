package io.onboarding.kyc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.store.sealing.Sealer;
import io.onboarding.kyc.store.vendor.VendorCall;
import io.onboarding.kyc.store.vendor.VendorCallRepository;
import io.onboarding.kyc.store.vendor.VendorCallStore;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest
class VendorCallStoreIT extends StoreTest {

    @Inject
    VendorCallStore store;

    @Inject
    VendorCallRepository rows;

    @Inject
    Sealer sealer;

    @Test
    void keepsThePaidAnswerSealedAndHandsItBack() {
        String journey = "jny_" + UUID.randomUUID().toString().substring(0, 8);
        byte[] answer = "{\"idNum\":\"440524198701010014\"}".getBytes(StandardCharsets.UTF_8);

        store.record(call(journey, "OCR", "doc_1", "TRANSPORT", false), null);
        store.record(call(journey, "OCR", "doc_1", "Success", true), answer);

        assertThat(store.paidAnswer(journey, "OCR", "doc_1")).hasValue(answer);
        assertThat(store.paidAnswer(journey, "OCR", "doc_2")).isEmpty();
        assertThat(store.paidAnswer("jny_other", "OCR", "doc_1")).isEmpty();
        assertThat(store.forJourney(journey))
                .extracting(VendorCall::resultCode)
                .containsExactly("TRANSPORT", "Success");
        byte[] atRest = rows.findByJourneyIdOrderByIdAsc(journey).get(1).sealedAnswer();
        assertThat(new String(atRest, StandardCharsets.ISO_8859_1)).doesNotContain("440524198701010014");
    }

    @Test
    void anUnbilledAnswerIsNeverReused() {
        String journey = "jny_" + UUID.randomUUID().toString().substring(0, 8);

        store.record(call(journey, "IdCardOCRVerification", "f1", "-7", false), null);

        assertThat(store.paidAnswer(journey, "IdCardOCRVerification", "f1")).isEmpty();
    }

    @Test
    void fingerprintsAreStableKeyedAndOneWay() {
        assertThat(sealer.fingerprint("李明|440524198701010014"))
                .isEqualTo(sealer.fingerprint("李明|440524198701010014"))
                .hasSize(32)
                .doesNotContain("440524");
        assertThat(sealer.fingerprint("李明|440524198701010014"))
                .isNotEqualTo(sealer.fingerprint("李明|440524198701010015"));
    }

    private static VendorCall call(String journey, String action, String subject, String code, boolean billable) {
        return new VendorCall(
                null,
                journey,
                "STEP",
                subject,
                1,
                action,
                "req-" + code,
                code,
                billable,
                12,
                Instant.now(),
                null,
                null);
    }
}
