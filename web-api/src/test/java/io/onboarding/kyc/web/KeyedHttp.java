package io.onboarding.kyc.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP to the API as a client with an API key sends it: JSON in, the answer as text. */
public final class KeyedHttp {

    private static final String PNG = TestImages.cardPngBase64();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public KeyedHttp(URI base) {
        this.base = base;
    }

    /**
     * Sends {@code json} (none when null) with {@code key} in {@code X-API-Key} (none when null) and the
     * given extra headers.
     */
    public HttpResponse<String> send(String key, String method, String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header(TestKeys.HEADER, key);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String key, String method, String path, String json)
            throws IOException, InterruptedException {
        return send(key, method, path, json, Map.of());
    }

    /** A valid start: a mainland ID card's front, under this customer reference. */
    public static String startBody(String customerRef) {
        return "{\"customerRef\":\"" + customerRef + "\",\"document\":" + documentBody() + "}";
    }

    /** A valid document object, as a start or a retake carries it. */
    public static String documentBody() {
        return "{\"country\":\"CHN\",\"type\":\"ID_CARD\",\"front\":{\"imageBase64\":\"" + PNG + "\"}}";
    }
}
