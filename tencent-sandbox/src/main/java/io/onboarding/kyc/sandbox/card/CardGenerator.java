package io.onboarding.kyc.sandbox.card;

import java.awt.image.BufferedImage;

/**
 * Draws synthetic mainland ID cards that a person recognises as such and the sandbox "reads" exactly: the
 * card's fields travel in the file's metadata (PNG iTXt chunk, JPEG COM segment).
 */
public final class CardGenerator {

    private CardGenerator() {
    }

    /** The portrait side. */
    public static byte[] front(MainlandIdCard card, ImageFormat format) {
        return encode(FrontSide.paint(card), format, CardSide.FRONT, card);
    }

    /** The national-emblem side. */
    public static byte[] back(MainlandIdCard card, ImageFormat format) {
        return encode(BackSide.paint(card), format, CardSide.BACK, card);
    }

    private static byte[] encode(BufferedImage pixels, ImageFormat format, CardSide side, MainlandIdCard card) {
        byte[] image = ImageCodec.encode(pixels, format);
        byte[] metadata = CardMetadata.encode(side, card);
        return switch (format) {
            case PNG -> PngText.withText(image, CardMetadata.KEYWORD, metadata);
            case JPEG -> JpegComment.withComment(image, CardMetadata.KEYWORD, metadata);
        };
    }
}
