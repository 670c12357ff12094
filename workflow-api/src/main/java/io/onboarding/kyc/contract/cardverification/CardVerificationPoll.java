package io.onboarding.kyc.contract.cardverification;

import java.util.List;

/**
 * One answer of {@code GetCardVerificationResult} or {@code GetCardVerificationExternalResult}.
 *
 * @param warnings     Tencent's {@code WarnInfo} strings, when the status is WARNING or REJECTED
 * @param vendorStatus the {@code Status} as Tencent spelled it; {@code null} in answers recorded before it was kept
 */
public record CardVerificationPoll(
        String requestId,
        CardVerificationStatus status,
        List<String> warnings,
        String nationality,
        String cardType,
        String cardSubType,
        String vendorStatus) {

    public CardVerificationPoll {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean done() {
        return status != CardVerificationStatus.PROCESSING;
    }
}
