package io.onboarding.kyc.sandbox.card;

import java.util.List;
import java.util.Set;

/** What the sandbox's "OCR" sees in a photo of a non-mainland document. */
public record ForeignCardImage(
        SandboxCardSide side,
        ForeignCard card,
        int width,
        int height,
        String format,
        Set<CardDefect> defects,
        List<CardPlacement> placements) {

    public ForeignCardImage {
        defects = Set.copyOf(defects);
        placements = List.copyOf(placements);
    }

    public boolean has(CardDefect defect) {
        return defects.contains(defect);
    }
}
