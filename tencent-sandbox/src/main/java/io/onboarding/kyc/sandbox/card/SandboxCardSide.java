package io.onboarding.kyc.sandbox.card;

/** FRONT is the portrait side, BACK the national-emblem side, as Tencent names them. */
public enum SandboxCardSide {
    FRONT,
    BACK
}
