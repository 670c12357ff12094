package io.onboarding.kyc.sandbox.card;

/** How a card verification ends, as Tencent's {@code GetCardVerificationResult} reports it in {@code Status}. */
public enum CardVerificationVerdict {
    PASSED,
    WARNING,
    REJECTED
}
