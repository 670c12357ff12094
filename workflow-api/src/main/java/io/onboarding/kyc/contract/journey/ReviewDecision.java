package io.onboarding.kyc.contract.journey;

/**
 * A support reviewer's decision on a journey waiting for review.
 *
 * @param reviewerId who decided, for the audit trail
 * @param reason     why, in the reviewer's words; kept in the timeline
 */
public record ReviewDecision(String reviewerId, Decision decision, String reason) {

    public enum Decision {
        APPROVE,
        REJECT
    }
}
