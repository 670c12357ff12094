package io.onboarding.kyc.activities.image;

import java.util.Optional;

/** Image formats, told apart by their leading bytes rather than by what a caller claims. */
public enum ImageKind {
    PNG("image/png"),
    JPEG("image/jpeg"),
    BMP("image/bmp"),
    GIF("image/gif"),
    WEBP("image/webp");

    private final String mediaType;

    ImageKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    static Optional<ImageKind> sniff(byte[] data) {
        if (startsWith(data, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (startsWith(data, 0xff, 0xd8, 0xff)) {
            return Optional.of(JPEG);
        }
        if (startsWith(data, 'B', 'M')) {
            return Optional.of(BMP);
        }
        if (startsWith(data, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (startsWith(data, 'R', 'I', 'F', 'F')
                && data.length >= 12
                && data[8] == 'W'
                && data[9] == 'E'
                && data[10] == 'B'
                && data[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
