package io.onboarding.kyc.sandbox.card;

/**
 * Where one printed side of a card lies in an image, in pixels. It may reach past the image's edges (a card that
 * runs off the photo); crops take the part inside.
 */
public record CardPlacement(SandboxCardSide side, int x, int y, int width, int height) {

    public CardPlacement {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a placement needs a positive size");
        }
    }

    /** The card edge to edge, as a plain generated image shows it. */
    public static CardPlacement whole(SandboxCardSide side, int imageWidth, int imageHeight) {
        return new CardPlacement(side, 0, 0, imageWidth, imageHeight);
    }

    /** True when every edge of the card is inside an image of this size. */
    public boolean insideOf(int imageWidth, int imageHeight) {
        return x >= 0 && y >= 0 && x + width <= imageWidth && y + height <= imageHeight;
    }
}
