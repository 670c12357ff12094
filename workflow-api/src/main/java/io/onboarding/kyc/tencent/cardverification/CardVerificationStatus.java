package io.onboarding.kyc.tencent.cardverification;

public enum CardVerificationStatus {
    PROCESSING,
    PASSED,
    WARNING,
    REJECTED
}
