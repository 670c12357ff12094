package io.onboarding.kyc.sandbox.card;

/**
 * What the sandbox's "OCR" sees in an image: which side of which card, and the image's pixel size.
 *
 * @param format {@code PNG} or {@code JPEG}
 */
public record CardImage(CardSide side, MainlandIdCard card, int width, int height, String format) {
}
