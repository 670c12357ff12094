package io.onboarding.kyc.contract.journey;

/** The kind of identity document; AUTO lets the journey (and Tencent) find out. */
public enum DocumentType {
    ID_CARD,
    PASSPORT,
    DRIVING_LICENSE,
    AUTO
}
