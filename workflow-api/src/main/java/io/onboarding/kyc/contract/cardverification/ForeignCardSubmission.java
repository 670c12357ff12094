package io.onboarding.kyc.contract.cardverification;

/**
 * A non-mainland card to verify, by reference to its stored images.
 *
 * @param nationality     Tencent's code (IDN, HKG, THA, MYS, SGP, PHL, JPN, TWN, …) or AUTO
 * @param cardType        ID_CARD, PASSPORT, DRIVING_LICENSE or AUTO
 * @param backDocumentId  {@code null} when no back side was given
 */
public record ForeignCardSubmission(
        String nationality, String cardType, String frontDocumentId, String backDocumentId) {}
