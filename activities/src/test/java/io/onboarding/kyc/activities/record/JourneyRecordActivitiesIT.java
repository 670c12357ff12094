package io.onboarding.kyc.activities.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.Step;
import io.onboarding.kyc.contract.journey.StepStatus;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.testing.TestDatabase;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The recording activity against a real PostgreSQL: an event the read model refuses for good fails with the
 * non-retryable {@link JourneyRecordActivities#REFUSED}, so Temporal does not retry it for ever; a
 * database that may come back fails with the retryable {@link JourneyRecordActivities#UNAVAILABLE}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyRecordActivitiesIT implements TestPropertyProvider {

    @Inject
    JourneyRecordActivities recorder;

    @Inject
    JourneyStore journeys;

    private String journeyId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.shared().micronautProperties().forEach((k, v) -> properties.put(k, v.toString()));
        properties.put("kyc.sealing.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        // the activity starts callback deliveries through a Temporal client; these journeys have no callback,
        // so the client is made but never connects
        properties.put("kyc.temporal.payload-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        return properties;
    }

    @BeforeEach
    void aJourney() {
        journeyId = JourneyIds.newJourneyId();
        journeys.create(new Journey(
                journeyId, "test", "CHN", "ID_CARD", "RUNNING", null, null, "", Instant.now(), Instant.now(), 0, null));
    }

    @Test
    void recordsAnEventOnceHoweverOftenItIsSent() {
        recorder.record(event(journeyId, 1, "PORTRAIT_BORDERLINE_SIMILARITY"));
        recorder.record(event(journeyId, 1, "PORTRAIT_BORDERLINE_SIMILARITY"));

        assertThat(journeys.timeline(journeyId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("PORTRAIT_BORDERLINE_SIMILARITY"));
        assertThat(journeys.find(journeyId).orElseThrow().status()).isEqualTo("WAITING_REVIEW");
    }

    @Test
    void aDetailTooLongForItsColumnIsRefusedForGoodWithoutQuotingIt() {
        String detail = "APPROVE by " + "m".repeat(5000);

        ApplicationFailure failure = refusal(event(journeyId, 1, detail));

        assertThat(failure.getType()).isEqualTo(JourneyRecordActivities.REFUSED);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage())
                .contains("SQLState 22001")
                .contains(journeyId)
                .doesNotContain("mmmm");
        assertThat(failure.getCause())
                .as("no database message travels to Temporal's plaintext")
                .isNull();
        assertThat(journeys.timeline(journeyId)).isEmpty();
        assertThat(journeys.find(journeyId).orElseThrow().lastSequence()).isZero();
    }

    @Test
    void aCharacterPostgresCannotStoreIsRefusedForGood() {
        ApplicationFailure failure = refusal(event(journeyId, 1, "APPROVE by mallory\u0000"));

        assertThat(failure.getType()).isEqualTo(JourneyRecordActivities.REFUSED);
        assertThat(failure.isNonRetryable()).isTrue();
    }

    @Test
    void anEventOfAJourneyTheReadModelDoesNotHoldIsRefusedForGood() {
        ApplicationFailure failure = refusal(event(JourneyIds.newJourneyId(), 1, "OCR_FRONT"));

        assertThat(failure.getType()).isEqualTo(JourneyRecordActivities.REFUSED);
        assertThat(failure.getOriginalMessage()).contains("SQLState 23503");
    }

    @Test
    void aDatabaseThatMayComeBackIsRetried() {
        SQLException unreachable = catchThrowableOfType(
                SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/kyc?connectTimeout=1", "kyc", ""));
        List<SQLException> transients = List.of(
                unreachable,
                new SQLException("could not serialize access", "40001"),
                new SQLException("deadlock detected", "40P01"),
                new SQLException("terminating connection", "57P01"),
                new SQLException("canceling statement due to statement timeout", "57014"),
                new SQLException("too many connections", "53300"),
                new SQLTransientConnectionException("pool exhausted"));

        for (SQLException error : transients) {
            ApplicationFailure failure = RecordingFailures.classify(
                    event(journeyId, 1, "x"), new IllegalStateException("data access", error));

            assertThat(failure.getType())
                    .as(error.getSQLState() + " " + error.getMessage())
                    .isEqualTo(JourneyRecordActivities.UNAVAILABLE);
            assertThat(failure.isNonRetryable()).isFalse();
        }
        assertThat(unreachable.getSQLState()).startsWith("08");
        assertThat(RecordingFailures.classify(
                                event(journeyId, 1, "x"),
                                new IllegalStateException(new SQLException("duplicate key", "23505")))
                        .isNonRetryable())
                .isTrue();
    }

    private ApplicationFailure refusal(JourneyEvent event) {
        return catchThrowableOfType(ApplicationFailure.class, () -> recorder.record(event));
    }

    private static JourneyEvent event(String journeyId, int sequence, String detail) {
        return new JourneyEvent(
                journeyId,
                sequence,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                JourneyStatus.WAITING_REVIEW,
                null,
                Step.REVIEW,
                StepStatus.RUNNING,
                null,
                detail,
                List.of("PORTRAIT_BORDERLINE_SIMILARITY"),
                null);
    }
}
