package io.onboarding.kyc.contract.cardverification;

/**
 * Which of Tencent's two foreign-card APIs a journey uses. A journey chooses once, when it reaches the check, and
 * keeps its choice to the end, whatever the setting says later.
 */
public enum CardVerificationApi {
    /** {@code ApplyCardVerification} / {@code GetCardVerificationResult}: Face ID, 2018-03-01. */
    LEGACY,
    /**
     * {@code ApplyCardVerificationExternal} / {@code GetCardVerificationExternalResult}: OCR, 2018-11-19, the
     * successors Tencent keeps in its international SDK since March 2026.
     */
    EXTERNAL;

    /** {@code tencent.card-verification}: {@code legacy} or {@code external}, in any case. */
    public static CardVerificationApi fromSetting(String value) {
        for (CardVerificationApi api : values()) {
            if (api.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return api;
            }
        }
        throw new IllegalArgumentException(
                "tencent.card-verification (TENCENT_CARD_VERIFICATION) must be legacy or external, not '" + value
                        + "'");
    }
}
