package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * One warning code an OCR dialect reports, the {@code Config} flag that asks for it (null where the action
 * always reports it) and what in the photo sets it off.
 */
record WarningRule(int code, String configFlag, BiPredicate<CardImage, LocalDate> fires) {

    /** Fires when the photo has any of these defects. */
    static WarningRule onDefects(int code, String configFlag, CardDefect... defects) {
        Set<CardDefect> any = Set.of(defects);
        return new WarningRule(
                code, configFlag, (image, today) -> image.defects().stream().anyMatch(any::contains));
    }

    /** The codes of {@code rules} that fire for this photo, in the order the rules are listed. */
    static List<Integer> firing(List<WarningRule> rules, CardImage image, LocalDate today) {
        return rules.stream()
                .filter(rule -> rule.fires().test(image, today))
                .map(WarningRule::code)
                .toList();
    }

    /** As {@link #firing}, keeping only rules whose flag the caller switched on. */
    static List<Integer> firing(List<WarningRule> rules, CardImage image, LocalDate today, OcrConfig config) {
        return firing(
                rules.stream()
                        .filter(rule -> rule.configFlag() != null && config.on(rule.configFlag()))
                        .toList(),
                image,
                today);
    }

    static Set<String> flags(List<WarningRule> rules) {
        return rules.stream()
                .map(WarningRule::configFlag)
                .filter(flag -> flag != null)
                .collect(Collectors.toUnmodifiableSet());
    }
}
