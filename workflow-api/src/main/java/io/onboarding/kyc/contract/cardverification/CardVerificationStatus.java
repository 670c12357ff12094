package io.onboarding.kyc.contract.cardverification;

public enum CardVerificationStatus {
    PROCESSING,
    PASSED,
    WARNING,
    REJECTED
}
