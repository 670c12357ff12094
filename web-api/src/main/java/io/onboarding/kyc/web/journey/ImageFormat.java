package io.onboarding.kyc.web.journey;

import java.util.Optional;

/** The image formats every Tencent action we call accepts, recognised by their leading bytes. */
enum ImageFormat {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    // Immutable in fact: private, set from a literal array in the constant's declaration, and never written or handed
    // out.
    @SuppressWarnings("ImmutableEnumChecker")
    private final byte[] magic;

    ImageFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ImageFormat> detect(byte[] image) {
        for (ImageFormat format : values()) {
            if (startsWith(image, format.magic)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
