package io.onboarding.kyc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.JourneyWait;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.testing.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The columns the journey search reads are kept right as journeys move: waiting_since from the move into a wait for
 * a person until the move out of it, the path once known (an AUTO journey's may change with a retake), and the
 * reasons as an array.
 */
@MicronautTest(transactional = false)
class JourneySearchColumnsIT extends StoreTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Inject
    JourneyStore journeys;

    @Test
    void waitingSinceRunsFromTheMoveIntoAWaitToTheMoveOut() throws SQLException {
        String id = newJourney("CHN");
        Instant waits = T0.plus(5, ChronoUnit.MINUTES);

        record(id, 1, T0.plus(1, ChronoUnit.MINUTES), "RUNNING", null, "");
        assertThat(waitingSince(id)).isNull();
        record(id, 2, waits, "WAITING_REVIEW", null, "CARD_VERIFICATION_TIMEOUT");
        assertThat(waitingSince(id)).isEqualTo(waits);
        // an escalation is a further entry in the same wait: the wait has not started again
        record(id, 3, waits.plus(1, ChronoUnit.DAYS), "WAITING_REVIEW", null, "CARD_VERIFICATION_TIMEOUT");
        assertThat(waitingSince(id)).isEqualTo(waits);
        record(id, 4, waits.plus(2, ChronoUnit.DAYS), "RUNNING", null, "");
        assertThat(waitingSince(id)).isNull();
        Instant again = waits.plus(3, ChronoUnit.DAYS);
        record(id, 5, again, "WAITING_RETAKE", null, "BLURRY");
        assertThat(waitingSince(id)).isEqualTo(again);
        record(id, 6, again.plus(1, ChronoUnit.HOURS), "COMPLETED", "EXPIRED", "RETAKE_TIMEOUT");
        assertThat(waitingSince(id)).isNull();
    }

    @Test
    void aWaitSaysOnWhatAndUntilWhenAndEndsWithTheNextEntryThatDoesNotWait() {
        String id = newJourney("CHN");
        Instant limited = T0.plus(2, ChronoUnit.MINUTES);
        Instant nextDay = Instant.parse("2026-11-22T16:05:00Z");

        journeys.record(
                entry(id, 1, limited, "RUNNING", "ID_VERIFICATION_DAILY_LIMIT"),
                new JourneyWait("DAILY_LIMIT", limited, nextDay, "ID_VERIFICATION_DAILY_LIMIT"));
        assertThat(journeys.waiting(id))
                .contains(new JourneyWait("DAILY_LIMIT", limited, nextDay, "ID_VERIFICATION_DAILY_LIMIT"));

        journeys.record(entry(id, 2, nextDay, "RUNNING", ""), null);
        assertThat(journeys.waiting(id)).isEmpty();

        // a status that waits for a person implies the wait when the entry does not say (a worker before waits)
        journeys.record(entry(id, 3, nextDay.plusSeconds(60), "WAITING_REVIEW", "VENDOR_UNAVAILABLE,X"));
        assertThat(journeys.waiting(id))
                .contains(new JourneyWait("REVIEW", nextDay.plusSeconds(60), null, "VENDOR_UNAVAILABLE"));
    }

    @Test
    void aVendorRetryShowsFromTheFirstFailureUntilAnAnswer() {
        String id = newJourney("CHN");
        Instant first = T0.plus(3, ChronoUnit.MINUTES);
        Instant givesUp = first.plus(30, ChronoUnit.MINUTES);
        record(id, 1, T0, "RUNNING", null, "");

        journeys.vendorRetrying(id, "IdCardOCRVerification InternalError", givesUp, first);
        journeys.vendorRetrying(id, "IdCardOCRVerification TRANSPORT", givesUp, first.plusSeconds(4));
        assertThat(journeys.waiting(id))
                .contains(new JourneyWait("VENDOR_RETRY", first, givesUp, "IdCardOCRVerification TRANSPORT"));

        journeys.vendorAnswered(id);
        assertThat(journeys.waiting(id)).isEmpty();
    }

    @Test
    void aVendorRetryNeitherHidesAnotherWaitNorReopensAnEndedJourney() {
        String waiting = newJourney("HKG");
        Instant until = T0.plus(1, ChronoUnit.HOURS);
        journeys.record(
                entry(waiting, 1, T0, "RUNNING", "CARD_VERIFICATION_PENDING"),
                new JourneyWait("CARD_VERIFICATION", T0, until, "CARD_VERIFICATION_PENDING"));
        String ended = newJourney("CHN");
        record(ended, 1, T0, "COMPLETED", "APPROVED", "");

        journeys.vendorRetrying(waiting, "GetCardVerificationResult InternalError", until, T0.plusSeconds(5));
        journeys.vendorRetrying(ended, "IdCardOCRVerification InternalError", until, T0.plusSeconds(5));
        journeys.vendorAnswered(waiting);

        assertThat(journeys.waiting(waiting))
                .contains(new JourneyWait("CARD_VERIFICATION", T0, until, "CARD_VERIFICATION_PENDING"));
        assertThat(journeys.waiting(ended)).isEmpty();
    }

    @Test
    void aLateEntryChangesNoWaitingTime() throws SQLException {
        String id = newJourney("CHN");
        Instant waits = T0.plus(5, ChronoUnit.MINUTES);

        record(id, 2, waits, "WAITING_REVIEW", null, "X");
        record(id, 1, T0, "RUNNING", null, "");

        assertThat(waitingSince(id)).isEqualTo(waits);
    }

    @Test
    void theReasonsAreAnArray() throws SQLException {
        String id = newJourney("CHN");

        record(id, 1, T0, "COMPLETED", "REJECTED", "ID_NUMBER_MISMATCH,PORTRAIT_MISMATCH");

        assertThat(TestDatabase.shared()
                        .count(
                                "SELECT count(*) FROM journey WHERE id = ? AND reason_codes @> ARRAY['PORTRAIT_MISMATCH']",
                                id))
                .isEqualTo(1);
        assertThat(TestDatabase.shared()
                        .count("SELECT count(*) FROM journey WHERE id = ? AND reason_codes @> ARRAY['MISMATCH']", id))
                .isZero();
    }

    @Test
    void aPathOnceKnownStaysExceptAnAutoJourneysWhichFollowsItsLatestTry() throws SQLException {
        String mainland = newJourney("CHN");
        String auto = newJourney("AUTO");

        journeys.onPath(mainland, "MAINLAND");
        journeys.onPath(mainland, "FOREIGN");
        assertThat(column(auto, "path")).isNull();
        journeys.onPath(auto, "MAINLAND");
        assertThat(column(auto, "path")).isEqualTo("MAINLAND");
        journeys.onPath(auto, "FOREIGN");

        assertThat(column(mainland, "path")).isEqualTo("MAINLAND");
        assertThat(column(auto, "path")).isEqualTo("FOREIGN");
    }

    private String newJourney(String country) {
        String id = "jny_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        journeys.create(new Journey(id, "columns", country, "ID_CARD", "RUNNING", null, null, "", T0, T0, 0, null));
        return id;
    }

    private void record(String id, int sequence, Instant at, String status, String outcome, String reasons) {
        journeys.record(new TimelineEntry(
                new TimelineKey(id, sequence), at, status, outcome, "DECISION", null, null, null, reasons));
    }

    private static TimelineEntry entry(String id, int sequence, Instant at, String status, String reasons) {
        return new TimelineEntry(
                new TimelineKey(id, sequence), at, status, null, "ID_VERIFICATION", null, null, null, reasons);
    }

    private static Instant waitingSince(String id) throws SQLException {
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT waiting_since FROM journey WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                OffsetDateTime since = row.getObject(1, OffsetDateTime.class);
                return since == null ? null : since.toInstant();
            }
        }
    }

    private static String column(String id, String column) throws SQLException {
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT " + column + " FROM journey WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
