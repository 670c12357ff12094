package io.onboarding.kyc.sandbox.card;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** Cuts the regions OCR services hand back: the holder's photo and the card itself. */
public final class CardCropper {

    private CardCropper() {
    }

    /**
     * The portrait box of a front-side image, scaled to the image's size.
     *
     * @throws IllegalArgumentException when the bytes do not decode to pixels
     */
    public static byte[] portrait(byte[] image, ImageFormat format) {
        BufferedImage pixels = decode(image);
        Rectangle box = CardLayout.scaled(CardLayout.PORTRAIT, pixels.getWidth(), pixels.getHeight());
        return ImageCodec.encode(pixels.getSubimage(box.x, box.y, box.width, box.height), format);
    }

    /**
     * The card without its surroundings. Generated images are the card edge to edge, so this is the whole
     * image, re-encoded: the crop carries pixels only, never the card metadata.
     */
    public static byte[] card(byte[] image, ImageFormat format) {
        return ImageCodec.encode(decode(image), format);
    }

    private static BufferedImage decode(byte[] image) {
        BufferedImage pixels = ImageCodec.decode(image);
        if (pixels == null) {
            throw new IllegalArgumentException("image does not decode");
        }
        return pixels;
    }
}
