package io.onboarding.kyc.sandbox.card;

/** The phone cameras a {@link CardGenerator#phonePhoto} sample can come from, by the size of the photo they save. */
public enum PhoneCamera {
    /** 4032 x 3024: a 12-megapixel main camera, the size of a phone's HEIC photo converted to JPEG. */
    MAIN_12_MP(4032, 3024, 0.92f),
    /**
     * 8064 x 6048: a 48-megapixel main camera at full resolution, wider than the 8000 pixels the engine sends. It
     * saves at a lower JPEG quality so the file stays within the engine's 5 MB upload limit.
     */
    FULL_48_MP(8064, 6048, 0.80f);

    private final int longSide;
    private final int shortSide;
    private final float jpegQuality;

    PhoneCamera(int longSide, int shortSide, float jpegQuality) {
        this.longSide = longSide;
        this.shortSide = shortSide;
        this.jpegQuality = jpegQuality;
    }

    public int longSide() {
        return longSide;
    }

    public int shortSide() {
        return shortSide;
    }

    float jpegQuality() {
        return jpegQuality;
    }
}
