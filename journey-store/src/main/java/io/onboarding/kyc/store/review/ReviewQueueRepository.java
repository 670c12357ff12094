package io.onboarding.kyc.store.review;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * The review queue, oldest wait first, paged by (waiting since, journey id) so that a page boundary holds while
 * journeys join and leave the queue. Both queries walk the partial index journey_review_queue_idx (V9); each row's
 * claim is one primary-key lookup, and its escalation a look at its own timeline events (primary key).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReviewQueueRepository extends GenericRepository<WaitingReview, String> {

    // The escalation belongs to the current wait only: a journey may wait for review again after a retake.
    String COLUMNS = """
            SELECT j.id AS journey_id, j.customer_ref, j.country, j.document_type, j.reasons,
                   j.waiting_since,
                   EXISTS (SELECT 1 FROM journey_event e
                            WHERE e.journey_id = j.id AND e.detail = 'ESCALATED' AND e.status = 'WAITING_REVIEW'
                              AND e.at >= j.waiting_since) AS escalated,
                   c.reviewer AS claimed_by, c.claimed_at, c.expires_at AS claim_expires_at
              FROM journey j
              LEFT JOIN review_claim c ON c.journey_id = j.id AND c.expires_at > now()
             WHERE j.status = 'WAITING_REVIEW'
            """;

    @Query(COLUMNS + " ORDER BY j.waiting_since, j.id LIMIT :limit")
    List<WaitingReview> first(int limit);

    /** The page after the entry at ({@code since}, {@code journeyId}). */
    @Query(COLUMNS + " AND (j.waiting_since, j.id) > (:since, :journeyId) ORDER BY j.waiting_since, j.id LIMIT :limit")
    List<WaitingReview> after(Instant since, String journeyId, int limit);
}
