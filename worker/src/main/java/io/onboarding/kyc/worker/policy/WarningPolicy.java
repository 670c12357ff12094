package io.onboarding.kyc.worker.policy;

import io.onboarding.kyc.contract.journey.JourneyPolicy;
import io.onboarding.kyc.contract.journey.Verdict;
import io.onboarding.kyc.contract.ocr.OcrWarning;
import java.util.List;

/** What the OCR warnings on a card mean for the journey, by the journey's policy. */
public final class WarningPolicy {

    private final JourneyPolicy policy;

    public WarningPolicy(JourneyPolicy policy) {
        this.policy = policy;
    }

    /** The deciding finding over all warnings: a tampered card that is also blurry is rejected, not retaken. */
    public Finding evaluate(List<OcrWarning> warnings) {
        Finding worst = Finding.pass();
        for (OcrWarning warning : warnings) {
            Verdict verdict = policy.verdictFor(warning);
            if (verdict != Verdict.PASS) {
                worst = worst.or(new Finding(verdict, reasonFor(warning)));
            }
        }
        return worst;
    }

    static String reasonFor(OcrWarning warning) {
        return switch (warning) {
            case PS_ALTERED -> "DOCUMENT_TAMPERED";
            case PHOTOCOPY, BLACK_AND_WHITE_COPY -> "DOCUMENT_COPY";
            case RESHOOT -> "DOCUMENT_RESHOT";
            case TEMPORARY_CARD -> "DOCUMENT_TEMPORARY";
            case INVALID_VALIDITY_DATE -> "CARD_EXPIRED";
            case ELECTRONIC_CARD -> "DOCUMENT_ELECTRONIC";
            case INCOMPLETE_BORDER, OCCLUSION -> "DOCUMENT_INCOMPLETE";
            case REFLECTIVE, BLURRY -> "DOCUMENT_POOR_QUALITY";
            case WATERMARK -> "DOCUMENT_WATERMARKED";
            case UNRECOGNISED -> "DOCUMENT_WARNING_UNRECOGNISED";
            case WARNINGS_NOT_ENABLED -> "WARNINGS_NOT_ENABLED";
        };
    }
}
