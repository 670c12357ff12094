package io.onboarding.kyc.store.review;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * Claims are judged by the database's clock ({@code now()}), so that every API instance agrees on when one lapsed.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReviewClaimRepository extends GenericRepository<ReviewClaim, String> {

    /**
     * Takes the claim, or extends this reviewer's own, in one statement: of two reviewers claiming at once, the
     * second waits on the first one's row and then finds it held, so exactly one gets a row back. Empty when
     * another reviewer holds an unexpired claim. (A list: Micronaut Data maps a RETURNING row to an entity only for
     * a list; an Optional would get the key alone.)
     */
    @Query("""
            INSERT INTO review_claim AS held (journey_id, reviewer, claimed_at, expires_at)
            VALUES (:journeyId, :reviewer, now(), now() + make_interval(secs => :seconds))
            ON CONFLICT (journey_id) DO UPDATE
               SET reviewer = EXCLUDED.reviewer,
                   claimed_at = CASE WHEN held.reviewer = EXCLUDED.reviewer AND held.expires_at > now()
                                     THEN held.claimed_at ELSE EXCLUDED.claimed_at END,
                   expires_at = EXCLUDED.expires_at
             WHERE held.expires_at <= now() OR held.reviewer = EXCLUDED.reviewer
            RETURNING journey_id, reviewer, claimed_at, expires_at""")
    List<ReviewClaim> claim(String journeyId, String reviewer, double seconds);

    /** The claim on a journey that has not expired. */
    @Query("SELECT * FROM review_claim WHERE journey_id = :journeyId AND expires_at > now()")
    Optional<ReviewClaim> findCurrent(String journeyId);

    /** Ends this reviewer's unexpired claim; 0 when they hold none. */
    @Query("DELETE FROM review_claim WHERE journey_id = :journeyId AND reviewer = :reviewer AND expires_at > now()")
    int release(String journeyId, String reviewer);
}
