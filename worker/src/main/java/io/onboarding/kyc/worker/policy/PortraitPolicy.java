package io.onboarding.kyc.worker.policy;

import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.onboarding.kyc.contract.journey.JourneyPolicy;

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
        return switch (comparison.result()) {
            case COMPARED -> bySimilarity(comparison.similarity());
            case ID_NAME_MISMATCH -> Finding.reject("ID_NAME_MISMATCH");
            case ID_NUMBER_INVALID -> Finding.reject("ID_NUMBER_INVALID");
            case LOW_SIMILARITY -> Finding.reject("PORTRAIT_LOW_SIMILARITY");
            case FAKE_PORTRAIT -> Finding.reject("PORTRAIT_FAKE");
            case CARD_WARNING -> Finding.retake("DOCUMENT_WARNING");
            case NO_RECORD -> Finding.review("ID_NOT_FOUND");
            case NO_AUTHORITY_PHOTO -> Finding.review("AUTHORITY_PHOTO_MISSING");
            case NOT_COMPARED -> Finding.review("PORTRAIT_COMPARISON_FAILED");
        };
    }

    private Finding bySimilarity(double similarity) {
        if (similarity >= policy.passSimilarity()) {
            return Finding.pass();
        }
        return similarity >= policy.reviewSimilarity()
                ? Finding.review("PORTRAIT_BORDERLINE_SIMILARITY")
                : Finding.reject("PORTRAIT_LOW_SIMILARITY");
    }
}
