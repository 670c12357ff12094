package io.onboarding.kyc.journey;

import io.onboarding.kyc.tencent.ocr.OcrWarning;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What an OCR warning means for the journey. Until retakes and manual review exist, a warning that
 * casts doubt on the document rejects it, naming the gravest doubt when there are several.
 */
public final class WarningPolicy {

    /** Gravest first: a tampered card that is also blurry is rejected as tampered. */
    private static final List<String> SEVERITY = List.of("DOCUMENT_TAMPERED", "DOCUMENT_COPY", "DOCUMENT_RESHOT",
            "DOCUMENT_TEMPORARY", "CARD_EXPIRED", "DOCUMENT_ELECTRONIC", "DOCUMENT_POOR_QUALITY", "DOCUMENT_WARNING_UNRECOGNISED");

    public CheckResult evaluate(List<OcrWarning> warnings) {
        return warnings.stream()
                .map(WarningPolicy::reasonFor)
                .filter(Objects::nonNull)
                .min(Comparator.comparingInt(SEVERITY::indexOf))
                .map(CheckResult::fail)
                .orElse(CheckResult.pass());
    }

    private static String reasonFor(OcrWarning warning) {
        return switch (warning) {
            case PS_ALTERED -> "DOCUMENT_TAMPERED";
            case PHOTOCOPY, BLACK_AND_WHITE_COPY -> "DOCUMENT_COPY";
            case RESHOOT -> "DOCUMENT_RESHOT";
            case TEMPORARY_CARD -> "DOCUMENT_TEMPORARY";
            case INVALID_VALIDITY_DATE -> "CARD_EXPIRED";
            case ELECTRONIC_CARD -> "DOCUMENT_ELECTRONIC";
            case INCOMPLETE_BORDER, OCCLUSION, REFLECTIVE, BLURRY, WATERMARK -> "DOCUMENT_POOR_QUALITY";
            case UNRECOGNISED -> "DOCUMENT_WARNING_UNRECOGNISED";
            // The account cannot detect warnings; nothing was detected, so nothing to hold against the card.
            case WARNINGS_NOT_ENABLED -> null;
        };
    }
}
