package io.onboarding.kyc.store.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface JourneyRepository extends CrudRepository<Journey, String> {

    /**
     * Moves the row forward to the entry with this sequence, unless a newer one was applied already. A move into a
     * wait for a person starts {@code waiting_since} (a further entry in the same wait, such as an escalation, keeps
     * it); any other status clears it. One statement: SET reads the row as it was before the move.
     */
    @Query("""
            UPDATE journey
               SET status = :status, outcome = :outcome, step = :step, reasons = :reasons,
                   updated_at = :at, last_sequence = :sequence,
                   waiting_since = CASE
                       WHEN :status NOT IN ('WAITING_RETAKE', 'WAITING_REVIEW') THEN NULL
                       WHEN status = :status AND waiting_since IS NOT NULL THEN waiting_since
                       ELSE :at END
             WHERE id = :id AND last_sequence < :sequence""")
    int advance(
            String id,
            int sequence,
            String status,
            @Nullable String outcome,
            @Nullable String step,
            String reasons,
            Instant at);

    /** Journeys the read model holds as unfinished that have not moved since {@code cutoff}, oldest first. */
    @Query("""
            SELECT * FROM journey
             WHERE status IN ('RUNNING', 'WAITING_RETAKE', 'WAITING_REVIEW') AND updated_at < :cutoff
             ORDER BY updated_at
             LIMIT :limit""")
    List<Journey> findUnfinishedSince(Instant cutoff, int limit);

    /** For a journey whose workflow never started: the row must not go on claiming to run. */
    @Query("""
            UPDATE journey SET status = 'FAILED', reasons = :reasons, updated_at = :at, waiting_since = NULL
             WHERE id = :id""")
    int markFailed(String id, String reasons, Instant at);

    /**
     * Writes which checks the journey runs, once known. Only an AUTO journey's path may change after it is set: the
     * workflow tries the card again after a retake, and the latest try is the path it is on.
     */
    @Query("UPDATE journey SET path = :path WHERE id = :id AND (path IS NULL OR (country = 'AUTO' AND path <> :path))")
    int setPath(String id, String path);
}
