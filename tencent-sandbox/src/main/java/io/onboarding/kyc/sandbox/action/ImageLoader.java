package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.ImageProbe;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an action's {@code ImageBase64} / {@code ImageUrl} parameters into image bytes, with the size,
 * encoding and format failures Tencent reports for them.
 */
final class ImageLoader {

    static final String IMAGE_BASE64 = "ImageBase64";
    static final String IMAGE_URL = "ImageUrl";
    /** Tencent states image limits as megabytes of base64 text. */
    static final long MEGABYTE = 1024L * 1024L;

    /** Which parameter an action uses when a caller sends both. */
    enum Precedence { URL_FIRST, BASE64_FIRST }

    /** An image the action can read, and its limits. */
    record Rules(Precedence precedence, long maxBase64Chars, Set<String> formats) {
    }

    record LoadedImage(byte[] bytes, String format) {
    }

    private final ImageDownloader downloader;

    ImageLoader(ImageDownloader downloader) {
        this.downloader = downloader;
    }

    static boolean hasImage(ActionCall call) {
        return call.has(IMAGE_BASE64) || url(call).isPresent();
    }

    /**
     * @throws ApiError {@code InvalidParameter} without any image, {@code FailedOperation.*} for an image that
     *                  cannot be used
     */
    LoadedImage load(ActionCall call, Rules rules) {
        Optional<String> url = url(call);
        boolean useUrl = url.isPresent() && (rules.precedence() == Precedence.URL_FIRST || !call.has(IMAGE_BASE64));
        byte[] bytes;
        if (useUrl) {
            bytes = downloader.fetch(url.get(), rules.maxBase64Chars() / 4 * 3);
        } else if (call.has(IMAGE_BASE64)) {
            bytes = decodeBase64(call.string(IMAGE_BASE64).orElseThrow(), rules.maxBase64Chars());
        } else {
            throw ApiError.invalidParameter("One of ImageUrl and ImageBase64 must be provided.");
        }
        if (bytes.length == 0) {
            throw new ApiError(ErrorCodes.EMPTY_IMAGE_ERROR, "The image is empty.");
        }
        call.concernsImage(bytes);
        String format = ImageProbe.probe(bytes).map(ImageProbe.Probed::format)
                .filter(rules.formats()::contains)
                .orElseThrow(() -> new ApiError(ErrorCodes.IMAGE_DECODE_FAILED,
                        "The image could not be decoded; supported formats are " + String.join(", ", rules.formats()) + "."));
        return new LoadedImage(bytes, format);
    }

    private static Optional<String> url(ActionCall call) {
        return call.string(IMAGE_URL).filter(value -> !value.isBlank());
    }

    private static byte[] decodeBase64(String base64, long maxChars) {
        if (base64.length() > maxChars) {
            throw new ApiError(ErrorCodes.IMAGE_SIZE_TOO_LARGE,
                    "The image exceeds " + maxChars / MEGABYTE + " MB after base64 encoding.");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ApiError(ErrorCodes.IMAGE_DECODE_FAILED, "ImageBase64 is not valid base64 (RFC 4648, with padding).");
        }
    }
}
