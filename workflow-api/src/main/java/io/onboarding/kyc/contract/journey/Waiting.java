package io.onboarding.kyc.contract.journey;

import java.time.Instant;

/**
 * What a journey is waiting for, since when and until when.
 *
 * @param escalated for a review: the escalation time passed without a decision
 */
public record Waiting(WaitingFor reason, Instant since, Instant deadline, boolean escalated) {

    public enum WaitingFor {
        RETAKE,
        REVIEW,
        DAILY_LIMIT,
        CARD_VERIFICATION
    }
}
