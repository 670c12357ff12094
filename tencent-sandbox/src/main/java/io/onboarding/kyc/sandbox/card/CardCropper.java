package io.onboarding.kyc.sandbox.card;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * Cuts the regions OCR services hand back: the holder's photo and the card itself. Where the card lies comes from
 * the image's metadata (the sandbox's "detector"); an image without it is taken to be the card edge to edge.
 */
public final class CardCropper {

    private CardCropper() {}

    /**
     * The portrait box of the front side in the image.
     *
     * @throws IllegalArgumentException when the bytes do not decode to pixels
     */
    public static byte[] portrait(byte[] image, ImageEncoding format) {
        BufferedImage pixels = decode(image);
        CardPlacement card = placement(image, SandboxCardSide.FRONT, pixels);
        Rectangle box = within(card, CardLayout.PORTRAIT, pixels);
        return ImageCodec.encode(pixels.getSubimage(box.x, box.y, box.width, box.height), format);
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
        BufferedImage pixels = decode(image);
        CardPlacement card = CardReader.read(image)
                .map(CardImage::placement)
                .orElse(CardPlacement.whole(SandboxCardSide.FRONT, pixels.getWidth(), pixels.getHeight()));
        Rectangle box = within(card, new Rectangle(0, 0, CardLayout.WIDTH, CardLayout.HEIGHT), pixels);
        return ImageCodec.encode(pixels.getSubimage(box.x, box.y, box.width, box.height), format);
    }

    private static CardPlacement placement(byte[] image, SandboxCardSide side, BufferedImage pixels) {
        return CardReader.read(image)
                .map(seen -> seen.placementOf(side))
                .orElse(CardPlacement.whole(side, pixels.getWidth(), pixels.getHeight()));
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
