package io.onboarding.kyc.contract.cardverification;

import java.util.List;

/**
 * One answer of {@code GetCardVerificationResult}.
 *
 * @param warnings Tencent's {@code WarnInfo} strings, when the status is WARNING or REJECTED
 */
public record CardVerificationPoll(
        String requestId,
        CardVerificationStatus status,
        List<String> warnings,
        String nationality,
        String cardType,
        String cardSubType) {

    public CardVerificationPoll {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean done() {
        return status != CardVerificationStatus.PROCESSING;
    }
}
