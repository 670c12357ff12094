package io.onboarding.kyc.activities.image;

import java.util.Set;

/**
 * What one Tencent action accepts as an image, from its documentation.
 *
 * @param formats         the formats it decodes
 * @param maxBase64Bytes  the limit on the base64 text, which is how Tencent states it
 * @param maxSide         the largest width or height it takes
 */
public record ImageRules(Set<ImageKind> formats, int maxBase64Bytes, int maxSide) {

    private static final int MEGABYTE = 1024 * 1024;

    /** RecognizeMainlandIDCardOCR: PNG, JPG, JPEG, BMP; 7 MB of base64. */
    public static final ImageRules RECOGNIZE_MAINLAND_ID_CARD_OCR =
            new ImageRules(Set.of(ImageKind.PNG, ImageKind.JPEG, ImageKind.BMP), 7 * MEGABYTE, 8000);
    /** IDCardOCR (mainland site): PNG, JPG, JPEG; 6 MB of base64. */
    public static final ImageRules ID_CARD_OCR =
            new ImageRules(Set.of(ImageKind.PNG, ImageKind.JPEG), 6 * MEGABYTE, 8000);
    /** CheckIdCardInformation: the portrait side, 7 MB of base64. */
    public static final ImageRules CHECK_ID_CARD_INFORMATION =
            new ImageRules(Set.of(ImageKind.PNG, ImageKind.JPEG), 7 * MEGABYTE, 8000);
    /** ApplyCardVerification: PNG, JPEG; 5 MB of base64; at most 8000 x 8000. */
    public static final ImageRules APPLY_CARD_VERIFICATION =
            new ImageRules(Set.of(ImageKind.PNG, ImageKind.JPEG), 5 * MEGABYTE, 8000);

    /**
     * ApplyCardVerificationExternal: PNG, JPG; 2 MB of base64; 256 to 4096 pixels a side. The lower bound is left
     * to Tencent's answer: enlarging a photo too small to read would only hide that it is.
     */
    public static final ImageRules APPLY_CARD_VERIFICATION_EXTERNAL =
            new ImageRules(Set.of(ImageKind.PNG, ImageKind.JPEG), 2 * MEGABYTE, 4096);

    /** The same limits with no format accepted as it is: everything gets decoded and re-encoded. */
    ImageRules withoutFormats() {
        return new ImageRules(Set.of(), maxBase64Bytes, maxSide);
    }

    boolean fits(int rawBytes) {
        return base64Length(rawBytes) <= maxBase64Bytes;
    }

    int maxRawBytes() {
        return maxBase64Bytes / 4 * 3;
    }

    static int base64Length(int rawBytes) {
        return (rawBytes + 2) / 3 * 4;
    }
}
