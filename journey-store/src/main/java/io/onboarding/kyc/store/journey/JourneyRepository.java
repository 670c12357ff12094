package io.onboarding.kyc.store.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface JourneyRepository extends CrudRepository<Journey, String> {

    /**
     * Moves the row forward to the entry with this sequence, unless a newer one was applied already. The entry's wait
     * ({@code waitingOn}, null for none) replaces the row's: a move into a wait starts {@code waiting_since}, a further
     * entry in the same wait (an escalation) keeps it, an entry without one clears it. One statement: SET reads the
     * row as it was before the move.
     */
    @Query("""
            UPDATE journey
               SET status = :status, outcome = :outcome, step = :step, reasons = :reasons,
                   updated_at = :at, last_sequence = :sequence,
                   waiting_since = CASE
                       WHEN CAST(:waitingOn AS varchar) IS NULL THEN NULL
                       WHEN waiting_on = :waitingOn AND waiting_since IS NOT NULL THEN waiting_since
                       ELSE :at END,
                   waiting_on = :waitingOn, waiting_until = :waitingUntil, waiting_detail = :waitingDetail
             WHERE id = :id AND last_sequence < :sequence""")
    int advance(
            String id,
            int sequence,
            String status,
            @Nullable String outcome,
            @Nullable String step,
            String reasons,
            Instant at,
            @Nullable String waitingOn,
            @Nullable Instant waitingUntil,
            @Nullable String waitingDetail);

    /**
     * A vendor call of this journey failed and its activity retries it: the journey waits on the vendor, from the
     * first failure on, unless it waits on something else already (a wait the workflow recorded says more). Only
     * while the row says RUNNING: a late write from an attempt that outlived its timeout cannot reopen an ended
     * journey, and the workflow's next entry replaces it anyway.
     */
    @Query("""
            UPDATE journey
               SET waiting_since = CASE WHEN waiting_on = 'VENDOR_RETRY' THEN waiting_since ELSE :at END,
                   waiting_on = 'VENDOR_RETRY', waiting_until = :until, waiting_detail = :detail
             WHERE id = :id AND status = 'RUNNING' AND (waiting_on IS NULL OR waiting_on = 'VENDOR_RETRY')""")
    int vendorRetrying(String id, String detail, @Nullable Instant until, Instant at);

    /** The vendor answered (or refused for good): the journey no longer waits on its retries. */
    @Query("""
            UPDATE journey SET waiting_on = NULL, waiting_since = NULL, waiting_until = NULL, waiting_detail = NULL
             WHERE id = :id AND waiting_on = 'VENDOR_RETRY'""")
    int vendorAnswered(String id);

    /** What the journey waits on now, if anything. */
    @Query("""
            SELECT waiting_on AS "on", waiting_since AS since, waiting_until AS until, waiting_detail AS detail
              FROM journey WHERE id = :id AND waiting_on IS NOT NULL""")
    Optional<JourneyWait> findWait(String id);

    /** Journeys the read model holds as unfinished that have not moved since {@code cutoff}, oldest first. */
    @Query("""
            SELECT * FROM journey
             WHERE status IN ('RUNNING', 'WAITING_RETAKE', 'WAITING_REVIEW') AND updated_at < :cutoff
             ORDER BY updated_at
             LIMIT :limit""")
    List<Journey> findUnfinishedSince(Instant cutoff, int limit);

    /** For a journey whose workflow never started: the row must not go on claiming to run. */
    @Query("""
            UPDATE journey SET status = 'FAILED', reasons = :reasons, updated_at = :at,
                   waiting_on = NULL, waiting_since = NULL, waiting_until = NULL, waiting_detail = NULL
             WHERE id = :id""")
    int markFailed(String id, String reasons, Instant at);

    /**
     * Writes which checks the journey runs, once known. Only an AUTO journey's path may change after it is set: the
     * workflow tries the card again after a retake, and the latest try is the path it is on.
     */
    @Query("UPDATE journey SET path = :path WHERE id = :id AND (path IS NULL OR (country = 'AUTO' AND path <> :path))")
    int setPath(String id, String path);
}
