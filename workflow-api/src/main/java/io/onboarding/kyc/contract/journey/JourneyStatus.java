package io.onboarding.kyc.contract.journey;

/** Where a journey is in its life; {@link Outcome} says how it ended. */
public enum JourneyStatus {
    RUNNING,
    WAITING_RETAKE,
    WAITING_REVIEW,
    COMPLETED,
    FAILED
}
