package io.onboarding.kyc.worker.policy;

import io.onboarding.kyc.contract.journey.JourneyPolicy;

import io.onboarding.kyc.contract.faceid.PortraitComparison;

/**
 * Card portrait against the authority photo. Tencent advises 70 as the same-person threshold (0.01%
 * false accepts there); between the review and the pass threshold a person decides.
 */
public final class PortraitPolicy {

    private final JourneyPolicy policy;

    public PortraitPolicy(JourneyPolicy policy) {
        this.policy = policy;
    }

    public Finding evaluate(PortraitComparison comparison) {
        if (!comparison.compared()) {
            return forResult(comparison.resultCode());
        }
        if (comparison.similarity() >= policy.passSimilarity()) {
            return Finding.pass();
        }
        return comparison.similarity() >= policy.reviewSimilarity()
                ? Finding.review("PORTRAIT_BORDERLINE_SIMILARITY") : Finding.reject("PORTRAIT_LOW_SIMILARITY");
    }

    private static Finding forResult(String resultCode) {
        return switch (resultCode) {
            case "FailedOperation.IdNameMisMatch" -> Finding.reject("ID_NAME_MISMATCH");
            case "FailedOperation.IdFormatError" -> Finding.reject("ID_NUMBER_INVALID");
            case "FailedOperation.CompareLowSimilarity", "FailedOperation.CompareFail" -> Finding.reject("PORTRAIT_LOW_SIMILARITY");
            case "FailedOperation.LifePhotoDetectFake" -> Finding.reject("PORTRAIT_FAKE");
            case "FailedOperation.OcrWarningOccurred" -> Finding.retake("DOCUMENT_WARNING");
            case "FailedOperation.IdNoExistSystem" -> Finding.review("ID_NOT_FOUND");
            case "FailedOperation.IdPhotoNoExist" -> Finding.review("AUTHORITY_PHOTO_MISSING");
            default -> Finding.review("PORTRAIT_COMPARISON_FAILED");
        };
    }
}
