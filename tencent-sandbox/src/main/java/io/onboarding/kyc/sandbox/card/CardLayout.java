package io.onboarding.kyc.sandbox.card;

import java.awt.Rectangle;

/**
 * Geometry of a generated card at its native size: 85.6 mm x 54 mm (ISO/IEC 7810 ID-1) at 10 px/mm.
 * Cropping scales these boxes to the size of the image it is given.
 */
final class CardLayout {

    static final int WIDTH = 856;
    static final int HEIGHT = 540;
    /** Where the front side prints the holder's photo. */
    static final Rectangle PORTRAIT = new Rectangle(590, 56, 228, 300);

    private CardLayout() {}

    static Rectangle scaled(Rectangle box, int imageWidth, int imageHeight) {
        double sx = imageWidth / (double) WIDTH;
        double sy = imageHeight / (double) HEIGHT;
        int x = (int) Math.round(box.x * sx);
        int y = (int) Math.round(box.y * sy);
        int w = (int) Math.round(box.width * sx);
        int h = (int) Math.round(box.height * sy);
        return new Rectangle(x, y, w, h).intersection(new Rectangle(0, 0, imageWidth, imageHeight));
    }
}
