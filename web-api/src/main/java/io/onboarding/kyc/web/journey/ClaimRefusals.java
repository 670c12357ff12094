package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.review.ReviewClaim;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;

/**
 * The 409s of the review queue, shared by the claim routes (web.review) and the review decision here: here, so
 * that the queue depends on the journeys and not the other way round.
 */
public final class ClaimRefusals {

    public static final String CLAIMED = "review-claimed";

    private ClaimRefusals() {}

    /** Another reviewer holds the case: who, and until when, so the caller can pick another or ask them. */
    public static ProblemException claimedBy(ReviewClaim claim) {
        return new ProblemException(Problem.of(
                CLAIMED,
                "Another reviewer has claimed this review",
                409,
                "The review of journey " + claim.journeyId() + " is claimed by " + claim.reviewer() + " until "
                        + claim.expiresAt() + "; nothing changed"));
    }

    /** As a decision on a journey that waits for no review is answered (JourneyCommands). */
    public static ProblemException notWaiting(Journey journey) {
        return new ProblemException(Problem.of(
                "journey-not-waiting",
                "The journey is not waiting for this",
                409,
                "Journey " + journey.id() + " is " + journey.status() + " and does not take a review claim now"));
    }
}
