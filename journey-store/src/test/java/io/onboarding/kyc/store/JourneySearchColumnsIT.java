package io.onboarding.kyc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
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
