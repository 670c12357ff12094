package io.onboarding.kyc.sandbox.card;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the sandbox's "OCR" sees in an image: which side of which card, the image's pixel size, what is wrong
 * with the photo and where the card lies in it.
 *
 * @param side       the side shown; for a photo holding both sides, {@link SandboxCardSide#FRONT}
 * @param format     {@code PNG} or {@code JPEG}
 * @param defects    what a vendor's warning or quality checks would notice; empty for a clean card
 * @param placements each printed side in the image, the primary one first
 */
public record CardImage(
        SandboxCardSide side,
        MainlandIdCard card,
        int width,
        int height,
        String format,
        Set<CardDefect> defects,
        List<CardPlacement> placements) {

    public CardImage {
        Objects.requireNonNull(side, "side");
        defects = Set.copyOf(defects);
        placements = List.copyOf(placements);
        if (placements.isEmpty()) {
            throw new IllegalArgumentException("an image shows at least one side");
        }
    }

    /** A clean card, edge to edge: what every image generated before defects existed shows. */
    public CardImage(SandboxCardSide side, MainlandIdCard card, int width, int height, String format) {
        this(side, card, width, height, format, Set.of(), List.of(CardPlacement.whole(side, width, height)));
    }

    public boolean has(CardDefect defect) {
        return defects.contains(defect);
    }

    /** True when the photo shows this side, alone or beside the other one. */
    public boolean shows(SandboxCardSide wanted) {
        return placements.stream().anyMatch(placement -> placement.side() == wanted);
    }

    /** Both sides of the card lie in one photo, as a front-and-back photocopy shows them. */
    public boolean showsBothSides() {
        return shows(SandboxCardSide.FRONT) && shows(SandboxCardSide.BACK);
    }

    /** The primary card's placement. */
    public CardPlacement placement() {
        return placements.get(0);
    }

    /** Where {@code wanted} lies, falling back to the primary card. */
    public CardPlacement placementOf(SandboxCardSide wanted) {
        return placements.stream()
                .filter(placement -> placement.side() == wanted)
                .findFirst()
                .orElse(placement());
    }
}
