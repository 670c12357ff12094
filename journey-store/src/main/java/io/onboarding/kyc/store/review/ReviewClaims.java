package io.onboarding.kyc.store.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reviewers' claims on journeys waiting for review, and the queue they pick from. Taking and giving up a claim
 * are recorded as support actions in the same transaction, so the record never shows a claim that did not happen.
 */
@Singleton
public class ReviewClaims {

    /** Tries before giving up on naming a holder that keeps changing under us (each try is one statement). */
    private static final int ATTEMPTS = 3;

    private final ReviewClaimRepository claims;
    private final ReviewQueueRepository queue;
    private final SupportActions actions;

    public ReviewClaims(ReviewClaimRepository claims, ReviewQueueRepository queue, SupportActions actions) {
        this.claims = claims;
        this.queue = queue;
        this.actions = actions;
    }

    /** What a claim came to: this reviewer's claim, or the one that stopped it. */
    public record Outcome(ReviewClaim claim, boolean won) {}

    /**
     * Claims the journey's review for {@code reviewer} for {@code claimFor}, or extends the claim they hold; fails
     * when another reviewer holds an unexpired claim, naming it.
     */
    @Transactional
    public Outcome claim(String journeyId, String reviewer, Duration claimFor) {
        double seconds = claimFor.toNanos() / 1e9;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ReviewClaim> taken =
                    claims.claim(journeyId, reviewer, seconds).stream().findFirst();
            if (taken.isPresent()) {
                actions.record(
                        journeyId,
                        reviewer,
                        SupportAction.Kind.REVIEW_CLAIMED,
                        "until " + taken.get().expiresAt());
                return new Outcome(taken.get(), true);
            }
            // Another holds it; read who. Under READ COMMITTED the next statement sees a release or a lapse that
            // happened meanwhile, and then the claim is tried again.
            Optional<ReviewClaim> holder = claims.findCurrent(journeyId);
            if (holder.isPresent() && !holder.get().heldBy(reviewer)) {
                return new Outcome(holder.get(), false);
            }
        }
        throw new IllegalStateException("the claim on " + journeyId + " kept changing hands");
    }

    /** Ends {@code reviewer}'s unexpired claim on the journey, if they hold one; another reviewer's stays. */
    @Transactional
    public Release release(String journeyId, String reviewer) {
        if (claims.release(journeyId, reviewer) == 1) {
            actions.record(journeyId, reviewer, SupportAction.Kind.REVIEW_RELEASED, null);
            return new Release(true, null);
        }
        return new Release(false, claims.findCurrent(journeyId).orElse(null));
    }

    /**
     * What a release came to.
     *
     * @param released whether the reviewer's claim was ended
     * @param heldBy   when it was not: the claim another reviewer holds, or null when nobody holds one
     */
    public record Release(boolean released, @Nullable ReviewClaim heldBy) {}

    /** The unexpired claim on a journey, if any. */
    public Optional<ReviewClaim> current(String journeyId) {
        return claims.findCurrent(journeyId);
    }

    /** Up to {@code limit} journeys waiting for review, oldest first, after the entry at {@code after} if given. */
    public List<WaitingReview> queue(@Nullable QueuePosition after, int limit) {
        return after == null ? queue.first(limit) : queue.after(after.waitingSince(), after.journeyId(), limit);
    }

    /** A place in the queue: the entry a page ended on. */
    public record QueuePosition(Instant waitingSince, String journeyId) {}
}
