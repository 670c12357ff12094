package io.onboarding.kyc.contract.journey;

/** Which checks a journey runs. */
public enum JourneyPath {
    /** Mainland resident ID card: OCR, local checks, the authority's name and photo checks. */
    MAINLAND,
    /** Other cards: Tencent's asynchronous card verification. */
    FOREIGN
}
