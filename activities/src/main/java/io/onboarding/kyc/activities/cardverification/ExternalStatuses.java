package io.onboarding.kyc.activities.cardverification;

import io.onboarding.kyc.contract.cardverification.CardVerificationStatus;
import java.util.List;
import java.util.Locale;

/**
 * Reads the successor API's {@code Status}. Tencent's own sources disagree: its page lists PASSED, PROCESSING and
 * WARNING, its SDK PROCESSING, ABNORMAL and COMPLETED. Every spelling from either is read, in any case; a status
 * neither lists is {@link CardVerificationStatus#UNRECOGNISED}, for a person to look at, never a failure.
 */
final class ExternalStatuses {

    private ExternalStatuses() {}

    static CardVerificationStatus read(String status, List<String> warnings) {
        if (status == null) {
            return CardVerificationStatus.UNRECOGNISED;
        }
        return switch (status.trim().toUpperCase(Locale.ROOT)) {
            case "PROCESSING" -> CardVerificationStatus.PROCESSING;
            case "PASSED" -> CardVerificationStatus.PASSED;
            case "WARNING", "ABNORMAL" -> CardVerificationStatus.WARNING;
            // the SDK's "done": the warnings, if any, say whether it went well
            case "COMPLETED" -> warnings.isEmpty() ? CardVerificationStatus.PASSED : CardVerificationStatus.WARNING;
            // the predecessor's final refusal, should Tencent ever send it here too
            case "REJECTED" -> CardVerificationStatus.REJECTED;
            default -> CardVerificationStatus.UNRECOGNISED;
        };
    }
}
