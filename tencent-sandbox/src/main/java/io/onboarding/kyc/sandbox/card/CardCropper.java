package io.onboarding.kyc.sandbox.card;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cuts the regions OCR services hand back: the holder's photo and the card itself. Where the card lies comes from
 * what {@link CardReader} saw (the sandbox's "detector"); an image it sees no card in is taken to be the card edge
 * to edge. A handler that has read the card already passes what it saw: reading from the pixels is not free.
 */
public final class CardCropper {

    private static final Rectangle WHOLE_CARD = new Rectangle(0, 0, CardLayout.WIDTH, CardLayout.HEIGHT);

    private CardCropper() {}

    /**
     * The portrait box of the front side in the image.
     *
     * @throws IllegalArgumentException when the bytes do not decode to pixels
     */
    public static byte[] portrait(byte[] image, ImageEncoding format) {
        return cut(
                image,
                CardReader.read(image),
                seen -> seen.placementOf(SandboxCardSide.FRONT),
                CardLayout.PORTRAIT,
                format);
    }

    /** The portrait box of the front side, where {@code seen} says the card lies. */
    public static byte[] portrait(byte[] image, CardImage seen, ImageEncoding format) {
        return cut(
                image, Optional.of(seen), card -> card.placementOf(SandboxCardSide.FRONT), CardLayout.PORTRAIT, format);
    }

    /**
     * The holder's photo on the front of a non-mainland document, found through the image's metadata; an image
     * without it is taken to be the document edge to edge.
     *
     * @throws IllegalArgumentException when the bytes do not decode to pixels
     */
    public static byte[] foreignPortrait(byte[] image, ImageEncoding format) {
        BufferedImage pixels = decode(image);
        CardPlacement card = ForeignCardReader.read(image)
                .flatMap(seen -> seen.placements().stream()
                        .filter(placement -> placement.side() == SandboxCardSide.FRONT)
                        .findFirst())
                .orElse(CardPlacement.whole(SandboxCardSide.FRONT, pixels.getWidth(), pixels.getHeight()));
        Rectangle box = within(card, ForeignCardPainter.PORTRAIT, pixels);
        return ImageCodec.encode(pixels.getSubimage(box.x, box.y, box.width, box.height), format);
    }

    /**
     * The card without its surroundings, re-encoded: the crop carries pixels only, never the card metadata. For
     * a card that runs off the photo, the part inside it.
     */
    public static byte[] card(byte[] image, ImageEncoding format) {
        return cut(image, CardReader.read(image), CardImage::placement, WHOLE_CARD, format);
    }

    /** The card without its surroundings, where {@code seen} says it lies. */
    public static byte[] card(byte[] image, CardImage seen, ImageEncoding format) {
        return cut(image, Optional.of(seen), CardImage::placement, WHOLE_CARD, format);
    }

    /** {@code box}, in card coordinates, of the card {@code where} picks from what was seen. */
    private static byte[] cut(
            byte[] image,
            Optional<CardImage> seen,
            Function<CardImage, CardPlacement> where,
            Rectangle box,
            ImageEncoding format) {
        BufferedImage pixels = decode(image);
        CardPlacement card = seen.map(where)
                .orElse(CardPlacement.whole(SandboxCardSide.FRONT, pixels.getWidth(), pixels.getHeight()));
        Rectangle cut = within(card, box, pixels);
        return ImageCodec.encode(pixels.getSubimage(cut.x, cut.y, cut.width, cut.height), format);
    }

    /** A box in card coordinates, mapped into the image through the card's placement and clipped to the image. */
    private static Rectangle within(CardPlacement card, Rectangle box, BufferedImage pixels) {
        Rectangle scaled = CardLayout.scaled(box, card.width(), card.height());
        Rectangle placed = new Rectangle(card.x() + scaled.x, card.y() + scaled.y, scaled.width, scaled.height)
                .intersection(new Rectangle(0, 0, pixels.getWidth(), pixels.getHeight()));
        if (placed.isEmpty()) {
            throw new IllegalArgumentException("the region lies outside the image");
        }
        return placed;
    }

    private static BufferedImage decode(byte[] image) {
        BufferedImage pixels = ImageCodec.decode(image);
        if (pixels == null) {
            throw new IllegalArgumentException("image does not decode");
        }
        return pixels;
    }
}
