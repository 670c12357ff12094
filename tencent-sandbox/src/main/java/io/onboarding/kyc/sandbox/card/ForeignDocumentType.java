package io.onboarding.kyc.sandbox.card;

/** The kinds of non-mainland identity document, named as Tencent's card verification names them. */
public enum ForeignDocumentType {
    ID_CARD,
    PASSPORT,
    DRIVING_LICENSE
}
