package io.onboarding.kyc.journey;

import io.onboarding.kyc.tencent.faceid.PortraitComparison;

/**
 * Card portrait against the authority photo. Tencent recommends 70 as the same-person threshold
 * (a 0.01% false-accept rate there).
 */
public final class PortraitPolicy {

    public static final double DEFAULT_THRESHOLD = 70.0;

    private final double threshold;

    public PortraitPolicy() {
        this(DEFAULT_THRESHOLD);
    }

    public PortraitPolicy(double threshold) {
        this.threshold = threshold;
    }

    public CheckResult evaluate(PortraitComparison comparison) {
        if (!comparison.compared()) {
            return CheckResult.fail(reasonFor(comparison.resultCode()));
        }
        return comparison.similarity() >= threshold ? CheckResult.pass() : CheckResult.fail("PORTRAIT_LOW_SIMILARITY");
    }

    private static String reasonFor(String resultCode) {
        return switch (resultCode) {
            case "FailedOperation.IdNameMisMatch" -> "ID_NAME_MISMATCH";
            case "FailedOperation.IdNoExistSystem" -> "ID_NOT_FOUND";
            case "FailedOperation.IdPhotoNoExist" -> "AUTHORITY_PHOTO_MISSING";
            case "FailedOperation.OcrWarningOccurred" -> "DOCUMENT_WARNING";
            case "FailedOperation.CompareLowSimilarity" -> "PORTRAIT_LOW_SIMILARITY";
            default -> "PORTRAIT_COMPARISON_FAILED";
        };
    }
}
