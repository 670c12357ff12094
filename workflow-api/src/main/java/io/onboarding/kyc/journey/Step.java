package io.onboarding.kyc.journey;

/** The steps a journey can take, roughly in the order they run. */
public enum Step {
    OCR_FRONT,
    OCR_BACK,
    WARNING_CHECK,
    LOCAL_CHECKS,
    ID_VERIFICATION,
    PORTRAIT_COMPARISON,
    CARD_VERIFICATION,
    RETAKE,
    REVIEW,
    DECISION
}
