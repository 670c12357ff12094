package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.ImageProbe;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an action's image parameters (a base64 one and a URL one) into image bytes, with the precedence, limits
 * and failure codes that action documents.
 */
final class ImageLoader {

    static final String IMAGE_BASE64 = "ImageBase64";
    static final String IMAGE_URL = "ImageUrl";
    /** Tencent states image limits as megabytes of base64 text. */
    static final long MEGABYTE = 1024L * 1024L;

    /** Which parameter an action uses when a caller sends both. */
    enum Precedence {
        URL_FIRST,
        BASE64_FIRST
    }

    /**
     * The error code an action answers for each way an image can be unusable.
     *
     * @param tooLarge         base64 text over the limit, or more pixels than the action takes
     * @param downloadTooLarge a downloaded file over the limit
     * @param tooSmall         fewer pixels a side than the action takes (only actions that state a minimum)
     */
    record Failures(
            String download,
            String empty,
            String undecodable,
            String tooLarge,
            String downloadTooLarge,
            String tooSmall) {

        /** The OCR product's codes: its error tables also list {@code LimitExceeded.TooLargeFileError}. */
        static final Failures OCR = new Failures(
                ErrorCodes.DOWNLOAD_ERROR,
                ErrorCodes.EMPTY_IMAGE_ERROR,
                ErrorCodes.IMAGE_DECODE_FAILED,
                ErrorCodes.IMAGE_SIZE_TOO_LARGE,
                ErrorCodes.TOO_LARGE_FILE_ERROR,
                ErrorCodes.ID_CARD_TOO_SMALL);
        /** The Face ID product's codes for IdCardOCRVerification and CheckIdCardInformation. */
        static final Failures FACE_ID = new Failures(
                ErrorCodes.DOWNLOAD_ERROR,
                ErrorCodes.EMPTY_IMAGE_ERROR,
                ErrorCodes.IMAGE_DECODE_FAILED,
                ErrorCodes.IMAGE_SIZE_TOO_LARGE,
                ErrorCodes.IMAGE_SIZE_TOO_LARGE,
                ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT);
        /** ApplyCardVerification's own table (seed 003). */
        static final Failures CARD_VERIFICATION = new Failures(
                ErrorCodes.IMAGE_DOWNLOAD_ERROR,
                ErrorCodes.INVALID_FILE_CONTENT_SIZE,
                ErrorCodes.ENGINE_IMAGE_DECODE_FAILED,
                ErrorCodes.IMAGE_SIZE_TOO_LARGE,
                ErrorCodes.IMAGE_SIZE_TOO_LARGE,
                ErrorCodes.INVALID_PARAMETER_VALUE_LIMIT);
    }

    /**
     * An action's image: which parameters carry it, which wins, how large it may be and what it may be.
     *
     * @param maxBase64Chars    limit on the base64 parameter's text
     * @param maxUrlBase64Chars limit on a downloaded image, stated (as Tencent does) as its size after base64
     * @param maxPixels         longest side an image may have; {@link Integer#MAX_VALUE} when the action states none
     * @param minPixels         shortest side an image may have; 0 when the action states none
     * @param downloadTimeout   how long fetching the URL may take
     */
    record Rules(
            String base64Parameter,
            String urlParameter,
            Precedence precedence,
            long maxBase64Chars,
            long maxUrlBase64Chars,
            Set<String> formats,
            int maxPixels,
            int minPixels,
            Duration downloadTimeout,
            Failures failures) {

        /** The common shape: {@code ImageBase64} / {@code ImageUrl}, one limit for both, no pixel limit. */
        static Rules of(Precedence precedence, long maxBase64Chars, Set<String> formats, Failures failures) {
            return new Rules(
                    IMAGE_BASE64,
                    IMAGE_URL,
                    precedence,
                    maxBase64Chars,
                    maxBase64Chars,
                    formats,
                    Integer.MAX_VALUE,
                    0,
                    ImageDownloader.TIMEOUT,
                    failures);
        }

        Rules withParameters(String base64Parameter, String urlParameter) {
            return new Rules(
                    base64Parameter,
                    urlParameter,
                    precedence,
                    maxBase64Chars,
                    maxUrlBase64Chars,
                    formats,
                    maxPixels,
                    minPixels,
                    downloadTimeout,
                    failures);
        }

        Rules withUrlLimit(long maxUrlBase64Chars) {
            return new Rules(
                    base64Parameter,
                    urlParameter,
                    precedence,
                    maxBase64Chars,
                    maxUrlBase64Chars,
                    formats,
                    maxPixels,
                    minPixels,
                    downloadTimeout,
                    failures);
        }

        Rules withDownloadTimeout(Duration downloadTimeout) {
            return new Rules(
                    base64Parameter,
                    urlParameter,
                    precedence,
                    maxBase64Chars,
                    maxUrlBase64Chars,
                    formats,
                    maxPixels,
                    minPixels,
                    downloadTimeout,
                    failures);
        }

        Rules withMinPixels(int minPixels) {
            return new Rules(
                    base64Parameter,
                    urlParameter,
                    precedence,
                    maxBase64Chars,
                    maxUrlBase64Chars,
                    formats,
                    maxPixels,
                    minPixels,
                    downloadTimeout,
                    failures);
        }

        Rules withMaxPixels(int maxPixels) {
            return new Rules(
                    base64Parameter,
                    urlParameter,
                    precedence,
                    maxBase64Chars,
                    maxUrlBase64Chars,
                    formats,
                    maxPixels,
                    minPixels,
                    downloadTimeout,
                    failures);
        }
    }

    // Raw bytes by design: carries the raw image bytes; never compared or used as a key.
    @SuppressWarnings("ArrayRecordComponent")
    record LoadedImage(byte[] bytes, String format, int width, int height) {}

    private final ImageDownloader downloader;

    ImageLoader(ImageDownloader downloader) {
        this.downloader = downloader;
    }

    static boolean hasImage(ActionCall call) {
        return hasImage(call, IMAGE_BASE64, IMAGE_URL);
    }

    static boolean hasImage(ActionCall call, String base64Parameter, String urlParameter) {
        return call.has(base64Parameter) || url(call, urlParameter).isPresent();
    }

    /**
     * @throws ApiError {@code InvalidParameter} without any image, the action's failure codes for an image that
     *                  cannot be used
     */
    LoadedImage load(ActionCall call, Rules rules) {
        Optional<String> url = url(call, rules.urlParameter());
        boolean useUrl =
                url.isPresent() && (rules.precedence() == Precedence.URL_FIRST || !call.has(rules.base64Parameter()));
        byte[] bytes;
        if (useUrl) {
            bytes = download(url.get(), rules);
        } else if (call.has(rules.base64Parameter())) {
            bytes = decodeBase64(call.string(rules.base64Parameter()).orElseThrow(), rules);
        } else {
            throw ApiError.invalidParameter(
                    "One of " + rules.urlParameter() + " and " + rules.base64Parameter() + " must be provided.");
        }
        if (bytes.length == 0) {
            throw new ApiError(rules.failures().empty(), "The image is empty.");
        }
        call.concernsImage(bytes);
        ImageProbe.Probed probed = ImageProbe.probe(bytes)
                .filter(image -> rules.formats().contains(image.format()))
                .orElseThrow(() -> undecodable(rules));
        if (probed.width() > rules.maxPixels() || probed.height() > rules.maxPixels()) {
            throw new ApiError(
                    rules.failures().tooLarge(),
                    "The image is " + probed.width() + " x " + probed.height() + " pixels; at most " + rules.maxPixels()
                            + " x " + rules.maxPixels() + " is supported.");
        }
        if (probed.width() < rules.minPixels() || probed.height() < rules.minPixels()) {
            throw new ApiError(
                    rules.failures().tooSmall(),
                    "The image is " + probed.width() + " x " + probed.height() + " pixels; at least "
                            + rules.minPixels() + " x " + rules.minPixels() + " is required.");
        }
        if (!ImageProbe.decodes(bytes)) {
            throw new ApiError(rules.failures().undecodable(), "The image data is damaged or incomplete.");
        }
        return new LoadedImage(bytes, probed.format(), probed.width(), probed.height());
    }

    private byte[] download(String url, Rules rules) {
        try {
            return downloader.fetch(url, rules.maxUrlBase64Chars() / 4 * 3, rules.downloadTimeout());
        } catch (ApiError error) {
            String code = error.code().equals(ErrorCodes.IMAGE_SIZE_TOO_LARGE)
                    ? rules.failures().downloadTooLarge()
                    : rules.failures().download();
            throw new ApiError(code, error.getMessage());
        }
    }

    private static Optional<String> url(ActionCall call, String parameter) {
        return call.string(parameter).filter(value -> !value.isBlank());
    }

    private static byte[] decodeBase64(String base64, Rules rules) {
        if (base64.length() > rules.maxBase64Chars()) {
            throw new ApiError(
                    rules.failures().tooLarge(),
                    "The image exceeds " + rules.maxBase64Chars() / MEGABYTE + " MB after base64 encoding.");
        }
        try {
            // The basic (RFC 4648) decoder, not the MIME one: Tencent's parameters take the image's base64 as one
            // unbroken string (every example is one), so text wrapped over lines is an image it cannot decode.
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ApiError(
                    rules.failures().undecodable(),
                    rules.base64Parameter() + " is not valid base64 (RFC 4648, with padding).");
        }
    }

    private static ApiError undecodable(Rules rules) {
        return new ApiError(
                rules.failures().undecodable(),
                "The image could not be decoded; supported formats are " + String.join(", ", rules.formats()) + ".");
    }
}
