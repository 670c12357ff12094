package io.onboarding.kyc.activities.image;

/**
 * Reads the EXIF orientation of a JPEG (APP1 segment) or a PNG (eXIf chunk). Phones store the picture as
 * the sensor saw it and say in EXIF how to turn it; Tencent's OCR reads the pixels as stored, so a card
 * photographed upright would arrive on its side.
 */
final class ExifOrientation {

    static final int NORMAL = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    /** 1 (normal) to 8, as EXIF numbers them; 1 when the file says nothing or cannot be read. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            int length = u16(jpeg, at + 2, false);
            if (marker == 0xda || length < 2) {
                break;
            }
            if (marker == 0xe1 && isExif(jpeg, at + 4)) {
                return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    /** The orientation in a PNG's eXIf chunk, which holds the TIFF structure with no prefix; 1 without one. */
    static int ofPng(byte[] png) {
        int at = 8;
        while (at + 8 <= png.length) {
            int length = u32(png, at, false);
            if (length < 0 || at + 12L + length > png.length) {
                break;
            }
            if (png[at + 4] == 'e' && png[at + 5] == 'X' && png[at + 6] == 'I' && png[at + 7] == 'f') {
                return fromTiff(png, at + 8, at + 8 + length);
            }
            if (png[at + 4] == 'I' && png[at + 5] == 'D' && png[at + 6] == 'A' && png[at + 7] == 'T') {
                break; // eXIf must come before the image data
            }
            at += 12 + length;
        }
        return NORMAL;
    }

    private static boolean isExif(byte[] data, int at) {
        return at + 6 <= data.length
                && data[at] == 'E'
                && data[at + 1] == 'x'
                && data[at + 2] == 'i'
                && data[at + 3] == 'f'
                && data[at + 4] == 0
                && data[at + 5] == 0;
    }

    private static int fromTiff(byte[] data, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL;
        }
        boolean little = data[tiff] == 'I' && data[tiff + 1] == 'I';
        int directory = tiff + u32(data, tiff + 4, little);
        if (directory + 2 > end) {
            return NORMAL;
        }
        int entries = u16(data, directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + i * 12;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(data, entry, little) == ORIENTATION_TAG) {
                int value = u16(data, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] data, int at, boolean little) {
        int a = data[at] & 0xff;
        int b = data[at + 1] & 0xff;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private static int u32(byte[] data, int at, boolean little) {
        return little
                ? u16(data, at, true) | (u16(data, at + 2, true) << 16)
                : (u16(data, at, false) << 16) | u16(data, at + 2, false);
    }
}
