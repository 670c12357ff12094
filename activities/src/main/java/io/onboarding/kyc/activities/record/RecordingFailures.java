package io.onboarding.kyc.activities.record;

import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.temporal.failure.ApplicationFailure;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a failure to record a journey event into the Temporal failure that makes the recording's retry
 * policy right: a database that may answer later is retried ({@link JourneyRecordActivities#UNAVAILABLE}),
 * an event the database refuses for good is not ({@link JourneyRecordActivities#REFUSED}). The decision is
 * the SQLState's (PostgreSQL appendix A) where the failure carries one.
 */
final class RecordingFailures {

    /** Data exceptions (22: value too long, bad character, out of range) and integrity violations (23). */
    private static final Set<String> PERMANENT_CLASSES = Set.of("22", "23");

    private RecordingFailures() {}

    /**
     * Connection (08), serialization failure and deadlock (40), insufficient resources (53), operator
     * intervention such as a shutting-down server or a statement timeout (57), lock not available (55P03)
     * and everything not known to be permanent are retried; the recording's schedule-to-close bounds them.
     * The failure's message names the SQLState only: failure messages are plaintext in Temporal, and a
     * database message can quote the refused value.
     */
    static ApplicationFailure classify(JourneyEvent event, RuntimeException error) {
        Optional<SQLException> sql = sqlCause(error);
        String state = sql.map(SQLException::getSQLState).orElse(null);
        String what = "event " + event.sequence() + " of journey " + event.journeyId();
        if (isPermanent(state, sql)) {
            return ApplicationFailure.newNonRetryableFailure(
                    what + " refused by the read model (SQLState " + state + "): recording it again cannot succeed",
                    JourneyRecordActivities.REFUSED,
                    state);
        }
        return ApplicationFailure.newFailure(
                what + " not recorded: the read model is unavailable ("
                        + (state != null
                                ? "SQLState " + state
                                : error.getClass().getSimpleName()) + ")",
                JourneyRecordActivities.UNAVAILABLE,
                state);
    }

    private static boolean isPermanent(String state, Optional<SQLException> sql) {
        if (state != null && state.length() == 5) {
            return PERMANENT_CLASSES.contains(state.substring(0, 2));
        }
        // no SQLState: the JDBC types of the same two classes
        return sql.filter(e -> e instanceof SQLDataException || e instanceof SQLIntegrityConstraintViolationException)
                .isPresent();
    }

    /** The SQL failure under the data-access layers, preferring one that carries a SQLState. */
    private static Optional<SQLException> sqlCause(Throwable error) {
        SQLException first = null;
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (sql.getSQLState() != null) {
                    return Optional.of(sql);
                }
                if (first == null) {
                    first = sql;
                }
            }
        }
        return Optional.ofNullable(first);
    }
}
