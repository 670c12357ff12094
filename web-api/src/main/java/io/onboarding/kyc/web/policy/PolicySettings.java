package io.onboarding.kyc.web.policy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.contract.journey.JourneyPolicy;
import io.onboarding.kyc.contract.journey.Verdict;
import io.onboarding.kyc.contract.ocr.OcrWarning;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The onboarding policy new journeys start with ({@code kyc.policy.*}); each key left out keeps the
 * documented default of {@link JourneyPolicy#defaults()}. A running journey keeps the policy it started with.
 *
 * @param warnings OCR warning name to PASS, RETAKE, REVIEW or REJECT, e.g. {@code kyc.policy.warnings.BLURRY: REVIEW}
 */
@ConfigurationProperties("kyc.policy")
public record PolicySettings(
        @Nullable Map<String, String> warnings,
        @Nullable Double passSimilarity,
        @Nullable Double reviewSimilarity,
        @Nullable Integer maxRetakes,
        @Nullable Duration retakeTimeout,
        @Nullable Duration reviewEscalation,
        @Nullable Duration reviewTimeout,
        @Nullable Integer maxDailyLimitWaits) {

    public JourneyPolicy toPolicy() {
        JourneyPolicy defaults = JourneyPolicy.defaults();
        Map<OcrWarning, Verdict> verdicts = new EnumMap<>(defaults.warnings());
        if (warnings != null) {
            warnings.forEach((warning, verdict) -> verdicts.put(
                    OcrWarning.valueOf(warning.toUpperCase(Locale.ROOT)),
                    Verdict.valueOf(verdict.toUpperCase(Locale.ROOT))));
        }
        return new JourneyPolicy(
                verdicts,
                passSimilarity != null ? passSimilarity : defaults.passSimilarity(),
                reviewSimilarity != null ? reviewSimilarity : defaults.reviewSimilarity(),
                maxRetakes != null ? maxRetakes : defaults.maxRetakes(),
                retakeTimeout != null ? retakeTimeout : defaults.retakeTimeout(),
                reviewEscalation != null ? reviewEscalation : defaults.reviewEscalation(),
                reviewTimeout != null ? reviewTimeout : defaults.reviewTimeout(),
                maxDailyLimitWaits != null ? maxDailyLimitWaits : defaults.maxDailyLimitWaits());
    }
}
