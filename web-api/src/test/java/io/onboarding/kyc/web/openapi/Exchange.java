package io.onboarding.kyc.web.openapi;

import io.onboarding.kyc.web.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Plain HTTP to the server under test: a request as bytes with the headers given, the answer as it came. */
final class Exchange {

    private static final String BOUNDARY = "openapi-contract-boundary";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Exchange(URI base) {
        this.base = base;
    }

    /** One request of the contract table, the operation it should reach and the status it should get. */
    record Case(
            String operation,
            String what,
            String key,
            String method,
            String path,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            int expected) {

        static Case json(
                String operation, String what, String key, String method, String path, String json, int expected) {
            return new Case(
                    operation,
                    what,
                    key,
                    method,
                    path,
                    json == null ? null : "application/json",
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    expected);
        }

        static Case typed(
                String operation,
                String what,
                String key,
                String method,
                String path,
                String type,
                String body,
                int expected) {
            return new Case(
                    operation,
                    what,
                    key,
                    method,
                    path,
                    type,
                    body.getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    expected);
        }

        /** A multipart body: the JSON part under its name, and {@code front} as a file part. */
        static Case multipart(
                String operation,
                String what,
                String key,
                String path,
                String jsonPart,
                String json,
                byte[] front,
                int expected) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            write(
                    body,
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + jsonPart
                            + "\"\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n");
            write(
                    body,
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"front\"; filename=\"front.png\""
                            + "\r\nContent-Type: image/png\r\n\r\n");
            body.writeBytes(front);
            write(body, "\r\n--" + BOUNDARY + "--\r\n");
            return new Case(
                    operation,
                    what,
                    key,
                    "POST",
                    path,
                    "multipart/form-data; boundary=" + BOUNDARY,
                    body.toByteArray(),
                    Map.of(),
                    expected);
        }

        Case with(Map<String, String> more) {
            Map<String, String> all = new HashMap<>(headers);
            all.putAll(more);
            return new Case(operation, what, key, method, path, contentType, body, Map.copyOf(all), expected);
        }

        private static void write(ByteArrayOutputStream out, String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return operation + " (" + what + ": " + method + " " + path + ")";
        }
    }

    /** What came back; the body as text (the tests read JSON, YAML and HTML). */
    record Answer(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer send(Case example) {
        return send(
                example.method(),
                example.path(),
                example.key(),
                example.contentType(),
                example.body(),
                example.headers());
    }

    Answer send(String method, String path, String key, String contentType, byte[] body) {
        return send(method, path, key, contentType, body, Map.of());
    }

    private Answer send(
            String method, String path, String key, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (key != null) {
            request.header(TestKeys.HEADER, key);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""),
                    answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
