package io.onboarding.kyc.journey;

/** The checks of a mainland ID-card journey, in the order they run. */
public enum Step {
    OCR_FRONT,
    OCR_BACK,
    WARNING_CHECK,
    ID_VERIFICATION,
    PORTRAIT_COMPARISON,
    DECISION
}
