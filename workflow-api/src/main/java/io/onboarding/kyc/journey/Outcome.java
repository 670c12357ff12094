package io.onboarding.kyc.journey;

public enum Outcome {
    APPROVED,
    REJECTED,
    CANCELLED,
    EXPIRED
}
