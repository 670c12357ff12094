package io.onboarding.kyc.tencent.ocr;

public enum CardSide {
    /** The portrait side. */
    FRONT,
    /** The national-emblem side. */
    BACK
}
