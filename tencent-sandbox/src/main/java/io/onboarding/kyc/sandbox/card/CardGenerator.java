package io.onboarding.kyc.sandbox.card;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Draws synthetic mainland ID cards that a person recognises as such and the sandbox "reads" exactly: the
 * card's fields, and whatever is wrong with the photo, travel in the file's metadata (PNG iTXt chunk, JPEG COM
 * segment) and in the QR code printed in the card's corner, which survives re-encoding (ADR 0005).
 */
public final class CardGenerator {

    /** Where the card lies in the frame: they need a frame of their own and do not apply to a page or a phone photo. */
    private static final Set<CardDefect> LAYOUT_DEFECTS = EnumSet.of(
            CardDefect.SMALL_IN_FRAME, CardDefect.MULTIPLE_CARDS, CardDefect.INCOMPLETE_BORDER, CardDefect.ELECTRONIC);

    private CardGenerator() {}

    /** The portrait side, edge to edge. */
    public static byte[] front(MainlandIdCard card, ImageEncoding format) {
        return encode(paint(card, SandboxCardSide.FRONT, Set.of()), format, SandboxCardSide.FRONT, card);
    }

    /** The national-emblem side, edge to edge. */
    public static byte[] back(MainlandIdCard card, ImageEncoding format) {
        return encode(paint(card, SandboxCardSide.BACK, Set.of()), format, SandboxCardSide.BACK, card);
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
        kept.removeAll(LAYOUT_DEFECTS);
        return photographed(card, format, List.of(SandboxCardSide.FRONT, SandboxCardSide.BACK), kept);
    }

    /**
     * One side as a 12-megapixel phone camera photographs it ({@link PhonePhoto}): 4032 x 3024, stored on its side
     * with an EXIF orientation that turns it upright. The file carries no sandbox metadata, as a camera's file would
     * not: only the code printed on the card says what it is. Defects change the card before it is photographed (a
     * photocopy, glare, a retyped field); layout defects and {@link CardDefect#LOW_RESOLUTION} do not apply.
     */
    public static byte[] phonePhoto(
            MainlandIdCard card, SandboxCardSide side, ImageEncoding format, CardDefect... defects) {
        return phonePhoto(card, side, format, PhoneCamera.MAIN_12_MP, defectSet(defects), true);
    }

    /**
     * One side as this phone camera photographs it, with or without the EXIF orientation.
     *
     * @param exifOrientation false for the file an app sends after dropping EXIF without turning the pixels: the
     *                        card then lies on its side
     */
    public static byte[] phonePhoto(
            MainlandIdCard card,
            SandboxCardSide side,
            ImageEncoding format,
            PhoneCamera camera,
            Set<CardDefect> defects,
            boolean exifOrientation) {
        Objects.requireNonNull(card, "card");
        Set<CardDefect> kept = EnumSet.noneOf(CardDefect.class);
        kept.addAll(defects);
        kept.removeAll(LAYOUT_DEFECTS);
        kept.remove(CardDefect.LOW_RESOLUTION);
        BufferedImage printed = CardPhoto.take(
                        List.of(new CardPhoto.Printed(side, paint(card, side, kept))), kept, seed(card))
                .pixels();
        byte[] image = ImageCodec.encode(
                PhonePhoto.stored(PhonePhoto.shoot(printed, camera, seed(card))), format, camera.jpegQuality());
        if (!exifOrientation) {
            return image;
        }
        return switch (format) {
            case PNG -> PhonePhoto.pngWithOrientation(image, PhonePhoto.TURN_CLOCKWISE);
            case JPEG -> PhonePhoto.jpegWithOrientation(image, PhonePhoto.TURN_CLOCKWISE);
        };
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

    /** The printed side: fields, corner code, then what happened to the card's surface over both. */
    private static BufferedImage paint(MainlandIdCard card, SandboxCardSide side, Set<CardDefect> defects) {
        BufferedImage pixels = side == SandboxCardSide.FRONT ? FrontSide.paint(card) : BackSide.paint(card);
        CornerCode.print(pixels, new CardCode(side, card, defects));
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
