package io.onboarding.kyc.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.store.document.DocumentImage;
import io.onboarding.kyc.store.document.DocumentNotFoundException;
import io.onboarding.kyc.store.document.DocumentRepository;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest
class JourneyStoreIT extends StoreTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Inject
    JourneyStore journeys;

    @Inject
    DocumentStore documents;

    @Inject
    DocumentRepository documentRows;

    @Test
    void documentsAreSealedAtRestAndOpenByIdOnly() {
        String journeyId = newJourney();
        byte[] image = "PNG-bytes-with-ID-440524198701010014".getBytes(StandardCharsets.UTF_8);

        String documentId = documents.save(journeyId, "FRONT", "image/png", image);

        byte[] atRest = documentRows.findById(documentId).orElseThrow().content();
        assertThat(new String(atRest, StandardCharsets.ISO_8859_1)).doesNotContain("440524198701010014");
        DocumentImage loaded = documents.load(documentId);
        assertThat(loaded.content()).isEqualTo(image);
        assertThat(loaded.journeyId()).isEqualTo(journeyId);
        assertThat(loaded.mediaType()).isEqualTo("image/png");
        assertThatThrownBy(() -> documents.load("doc_missing")).isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void recordingMovesTheJourneyAndIgnoresRepeatsAndLateArrivals() {
        String journeyId = newJourney();

        assertThat(journeys.record(entry(journeyId, 1, "RUNNING", null, "OCR_FRONT", "PASSED")))
                .isTrue();
        assertThat(journeys.record(entry(journeyId, 1, "RUNNING", null, "OCR_FRONT", "PASSED")))
                .isFalse();
        assertThat(journeys.record(entry(journeyId, 3, "COMPLETED", "APPROVED", "DECISION", "PASSED")))
                .isTrue();
        assertThat(journeys.record(entry(journeyId, 2, "RUNNING", null, "ID_VERIFICATION", "PASSED")))
                .isTrue();

        Journey journey = journeys.find(journeyId).orElseThrow();
        assertThat(journey.status()).isEqualTo("COMPLETED");
        assertThat(journey.outcome()).isEqualTo("APPROVED");
        assertThat(journey.step()).isEqualTo("DECISION");
        assertThat(journey.lastSequence()).isEqualTo(3);
        assertThat(journeys.timeline(journeyId))
                .extracting(e -> e.key().sequence())
                .containsExactly(1, 2, 3);
    }

    private String newJourney() {
        String id = "jny_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        journeys.create(new Journey(id, "customer-1", "CHN", "ID_CARD", "RUNNING", null, null, "", T0, T0, 0, null));
        return id;
    }

    private static TimelineEntry entry(
            String journeyId, int sequence, String status, String outcome, String step, String stepStatus) {
        return new TimelineEntry(
                new TimelineKey(journeyId, sequence),
                T0.plus(sequence, ChronoUnit.SECONDS),
                status,
                outcome,
                step,
                stepStatus,
                "req-" + sequence,
                null,
                "");
    }
}
