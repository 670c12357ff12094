package io.onboarding.kyc.contract.cardverification;

/**
 * Where a card verification stands, in the engine's words. The client maps each API's own statuses onto these;
 * Tencent's sources disagree on the successor API's status set, so a status no source lists is
 * {@link #UNRECOGNISED}, and a person looks at it.
 */
public enum CardVerificationStatus {
    PROCESSING,
    PASSED,
    WARNING,
    REJECTED,
    UNRECOGNISED
}
