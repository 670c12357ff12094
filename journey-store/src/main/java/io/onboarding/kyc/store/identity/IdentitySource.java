package io.onboarding.kyc.store.identity;

/** Where a journey's name and ID number came from; each source keeps its own row. */
public enum IdentitySource {
    /** What the product sent in {@code declared} when it started the journey. */
    DECLARED,
    /** What Tencent's OCR read off the card (the front of a mainland resident ID card). */
    CARD
}
