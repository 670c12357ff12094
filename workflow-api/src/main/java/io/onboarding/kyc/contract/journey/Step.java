package io.onboarding.kyc.contract.journey;

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
    DECISION,
    /**
     * Not a check: the journey's own bookkeeping. A journey whose timeline the read model will not take
     * ends {@code FAILED} on this step, reason {@code RECORDING_FAILED} (docs/workflows.md).
     */
    RECORDING
}
