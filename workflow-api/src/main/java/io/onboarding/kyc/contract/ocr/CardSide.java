package io.onboarding.kyc.contract.ocr;

public enum CardSide {
    /** The portrait side. */
    FRONT,
    /** The national-emblem side. */
    BACK
}
