package io.onboarding.kyc.contract.journey;

import io.onboarding.kyc.contract.ocr.OcrWarning;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The onboarding policy a journey runs under. It is fixed when the journey starts (the web API takes it
 * from configuration), so a policy change never alters a journey half-way, and replays stay exact.
 *
 * @param warnings          what each OCR warning leads to; a warning missing here leads to review
 * @param passSimilarity    portrait similarity (0-100) at or above which the faces match; Tencent advises 70
 * @param reviewSimilarity  at or above this, below {@code passSimilarity}: a person decides; below: reject
 * @param maxRetakes        new photos a customer may send before the journey is rejected
 * @param retakeTimeout     how long a journey waits for a new photo before it expires
 * @param reviewEscalation  how long a review may wait before it is flagged as overdue
 * @param reviewTimeout     how long a review may wait before the journey expires
 * @param maxDailyLimitWaits how many Beijing days to wait out the authority's per-identity daily limit
 */
public record JourneyPolicy(
        Map<OcrWarning, Verdict> warnings,
        double passSimilarity,
        double reviewSimilarity,
        int maxRetakes,
        Duration retakeTimeout,
        Duration reviewEscalation,
        Duration reviewTimeout,
        int maxDailyLimitWaits) {

    public JourneyPolicy {
        warnings = Map.copyOf(warnings);
        if (reviewSimilarity > passSimilarity) {
            throw new IllegalArgumentException("reviewSimilarity must not exceed passSimilarity");
        }
    }

    public Verdict verdictFor(OcrWarning warning) {
        return warnings.getOrDefault(warning, Verdict.REVIEW);
    }

    /** The documented defaults (README, "Onboarding policy"). */
    public static JourneyPolicy defaults() {
        Map<OcrWarning, Verdict> warnings = new EnumMap<>(OcrWarning.class);
        warnings.put(OcrWarning.PS_ALTERED, Verdict.REJECT);
        warnings.put(OcrWarning.INVALID_VALIDITY_DATE, Verdict.REJECT);
        warnings.put(OcrWarning.PHOTOCOPY, Verdict.RETAKE);
        warnings.put(OcrWarning.BLACK_AND_WHITE_COPY, Verdict.RETAKE);
        warnings.put(OcrWarning.RESHOOT, Verdict.RETAKE);
        warnings.put(OcrWarning.INCOMPLETE_BORDER, Verdict.RETAKE);
        warnings.put(OcrWarning.OCCLUSION, Verdict.RETAKE);
        warnings.put(OcrWarning.REFLECTIVE, Verdict.RETAKE);
        warnings.put(OcrWarning.BLURRY, Verdict.RETAKE);
        warnings.put(OcrWarning.TEMPORARY_CARD, Verdict.REVIEW);
        warnings.put(OcrWarning.ELECTRONIC_CARD, Verdict.REVIEW);
        warnings.put(OcrWarning.WATERMARK, Verdict.REVIEW);
        warnings.put(OcrWarning.UNRECOGNISED, Verdict.REVIEW);
        warnings.put(OcrWarning.WARNINGS_NOT_ENABLED, Verdict.PASS);
        return new JourneyPolicy(
                warnings, 70.0, 50.0, 3, Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(3), 2);
    }
}
