package io.onboarding.kyc.sandbox.card;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Draws synthetic mainland ID cards that a person recognises as such and the sandbox "reads" exactly: the
 * card's fields, and whatever is wrong with the photo, travel in the file's metadata (PNG iTXt chunk, JPEG COM
 * segment).
 */
public final class CardGenerator {

    private CardGenerator() {}

    /** The portrait side, edge to edge. */
    public static byte[] front(MainlandIdCard card, ImageEncoding format) {
        return encode(FrontSide.paint(card), format, SandboxCardSide.FRONT, card);
    }

    /** The national-emblem side, edge to edge. */
    public static byte[] back(MainlandIdCard card, ImageEncoding format) {
        return encode(BackSide.paint(card), format, SandboxCardSide.BACK, card);
    }

    /** The portrait side photographed with these defects. */
    public static byte[] front(MainlandIdCard card, ImageEncoding format, CardDefect... defects) {
        return front(card, format, defectSet(defects));
    }

    public static byte[] front(MainlandIdCard card, ImageEncoding format, Set<CardDefect> defects) {
        return photographed(card, format, List.of(SandboxCardSide.FRONT), defects);
    }

    /** The national-emblem side photographed with these defects. */
    public static byte[] back(MainlandIdCard card, ImageEncoding format, CardDefect... defects) {
        return back(card, format, defectSet(defects));
    }

    public static byte[] back(MainlandIdCard card, ImageEncoding format, Set<CardDefect> defects) {
        return photographed(card, format, List.of(SandboxCardSide.BACK), defects);
    }

    /**
     * Both sides on one page, front above back, as a photocopy for a bank shows them. Layout defects
     * ({@link CardDefect#SMALL_IN_FRAME}, {@link CardDefect#MULTIPLE_CARDS}, {@link CardDefect#INCOMPLETE_BORDER},
     * {@link CardDefect#ELECTRONIC}) do not apply to a page and are ignored.
     */
    public static byte[] bothSides(MainlandIdCard card, ImageEncoding format, CardDefect... defects) {
        Set<CardDefect> kept = defectSet(defects);
        kept.removeAll(EnumSet.of(
                CardDefect.SMALL_IN_FRAME,
                CardDefect.MULTIPLE_CARDS,
                CardDefect.INCOMPLETE_BORDER,
                CardDefect.ELECTRONIC));
        return photographed(card, format, List.of(SandboxCardSide.FRONT, SandboxCardSide.BACK), kept);
    }

    private static byte[] photographed(
            MainlandIdCard card, ImageEncoding format, List<SandboxCardSide> sides, Set<CardDefect> defects) {
        Objects.requireNonNull(card, "card");
        if (defects.isEmpty() && sides.size() == 1) {
            // a clean card is drawn and described exactly as before defects existed
            return sides.get(0) == SandboxCardSide.FRONT ? front(card, format) : back(card, format);
        }
        List<CardPhoto.Printed> printed = sides.stream()
                .map(side -> new CardPhoto.Printed(side, paint(card, side, defects)))
                .toList();
        CardPhoto.Photo photo = CardPhoto.take(printed, defects, seed(card));
        byte[] image = ImageCodec.encode(photo.pixels(), format);
        return withMetadata(image, format, CardMetadata.encode(sides.get(0), card, defects, photo.placements()));
    }

    private static BufferedImage paint(MainlandIdCard card, SandboxCardSide side, Set<CardDefect> defects) {
        BufferedImage pixels = side == SandboxCardSide.FRONT ? FrontSide.paint(card) : BackSide.paint(card);
        CardSurface.apply(pixels, side, card, defects);
        return pixels;
    }

    private static byte[] encode(
            BufferedImage pixels, ImageEncoding format, SandboxCardSide side, MainlandIdCard card) {
        return withMetadata(ImageCodec.encode(pixels, format), format, CardMetadata.encode(side, card));
    }

    private static byte[] withMetadata(byte[] image, ImageEncoding format, byte[] metadata) {
        return switch (format) {
            case PNG -> PngText.withText(image, CardMetadata.KEYWORD, metadata);
            case JPEG -> JpegComment.withComment(image, CardMetadata.KEYWORD, metadata);
        };
    }

    private static Set<CardDefect> defectSet(CardDefect... defects) {
        Set<CardDefect> set = EnumSet.noneOf(CardDefect.class);
        for (CardDefect defect : defects) {
            set.add(Objects.requireNonNull(defect, "defect"));
        }
        return set;
    }

    /** Grain and noise follow from the card, so regenerating a card reproduces its file. */
    private static long seed(MainlandIdCard card) {
        return Objects.hash(card.idNumber(), card.name(), card.portraitSubject());
    }
}
