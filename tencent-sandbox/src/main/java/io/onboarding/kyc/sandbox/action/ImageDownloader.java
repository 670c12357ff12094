package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fetches {@code ImageUrl} images. The sandbox never reaches beyond the machine it runs on, so only loopback
 * URLs are fetched; anything else fails the way an unreachable URL fails at Tencent.
 */
public class ImageDownloader {

    /** Tencent's documented limit for downloading an image. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER) // a redirect could leave loopback
            .build();

    /**
     * Downloads the image at {@code url}.
     *
     * @param maxBytes larger images fail with {@code FailedOperation.ImageSizeTooLarge}
     * @throws ApiError {@code FailedOperation.DownLoadError} when the image cannot be fetched
     */
    public byte[] fetch(String url, long maxBytes) {
        return fetch(url, maxBytes, TIMEOUT);
    }

    /**
     * Downloads the image at {@code url} within an action's own time limit.
     *
     * @param timeout how long the whole download may take (ApplyCardVerificationExternal allows 5 s)
     * @throws ApiError {@code FailedOperation.DownLoadError} when the image cannot be fetched in time
     */
    public byte[] fetch(String url, long maxBytes, Duration timeout) {
        URI uri = loopbackUri(url);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw downloadError("The image URL answered HTTP " + response.statusCode() + ".");
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new ApiError(ErrorCodes.IMAGE_SIZE_TOO_LARGE, "The downloaded image is too large.");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw downloadError("The image could not be downloaded within " + timeout.toSeconds() + " seconds.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw downloadError("The image download was interrupted.");
        }
    }

    private static URI loopbackUri(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw downloadError("The image URL is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
            throw downloadError("The image URL must be an http or https URL.");
        }
        if (!isLoopback(uri.getHost())) {
            throw downloadError("The sandbox downloads images from loopback addresses only.");
        }
        return uri;
    }

    /** Decided without DNS: a lookup would already be reaching beyond the machine. */
    private static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true; // RFC 6761 reserves these names for loopback
        }
        if (!IPV4_LITERAL.matcher(name).matches() && !name.startsWith("[")) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ApiError downloadError(String message) {
        return new ApiError(ErrorCodes.DOWNLOAD_ERROR, message);
    }
}
