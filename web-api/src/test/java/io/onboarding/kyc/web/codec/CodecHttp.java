package io.onboarding.kyc.web.codec;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

/** A plain JDK HTTP client against the running server, so tests see status and headers as a browser would. */
final class CodecHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;

    CodecHttp(URI base) {
        this.base = base;
    }

    /** A request to {@code path}, with headers as name, value, name, value, ... */
    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** A JSON POST, as the Temporal UI sends it. */
    HttpResponse<String> post(String path, String body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Payload... payloads) {
        try {
            return JsonFormat.printer().print(Payloads.newBuilder().addAllPayloads(List.of(payloads)));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Payload> payloads(HttpResponse<String> response) {
        Payloads.Builder payloads = Payloads.newBuilder();
        try {
            JsonFormat.parser().merge(response.body(), payloads);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("not a Payloads body: " + response.body(), e);
        }
        return payloads.getPayloadsList();
    }
}
