package io.onboarding.kyc.contract.journey;

public enum Outcome {
    APPROVED,
    REJECTED,
    CANCELLED,
    EXPIRED
}
