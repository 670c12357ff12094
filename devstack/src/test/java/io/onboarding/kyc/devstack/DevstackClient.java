package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.devstack.DevstackKeys.Seat;
import io.onboarding.kyc.devstack.cluster.Cluster;
import io.onboarding.kyc.devstack.samples.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;

/** What an end-to-end test does to a running devstack: real HTTP to the web API and the sandbox's admin API. */
final class DevstackClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String API_KEY = "X-API-Key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> STOPPED = List.of("COMPLETED", "FAILED", "WAITING_RETAKE", "WAITING_REVIEW");

    private final String webUrl;
    private final String sandboxUrl;
    private final Function<Seat, String> keys;

    DevstackClient(Devstack devstack) {
        this(devstack.webUrl(), devstack.sandbox().endpoint(), devstack.apiKeys()::secret);
    }

    /**
     * For a devstack in another process: its keys are read from {@code api-keys.env} in its state directory
     * at each request, as a developer's shell would source them, so a restart that issues new ones is followed.
     */
    DevstackClient(DevstackProcess devstack) {
        this(devstack.webUrl(), devstack.sandboxUrl(), seat -> {
            String secret = DevstackKeys.read(devstack.stateDirectory().resolve(DevstackKeys.FILE))
                    .get(seat.variable());
            assertThat(secret)
                    .as(seat.variable() + " in the devstack's " + DevstackKeys.FILE)
                    .isNotBlank();
            return secret;
        });
    }

    /** For a cluster of processes (bin/cluster): its web API, its sandbox and the API keys it issued. */
    DevstackClient(Cluster cluster) {
        this(cluster.webUrl(), cluster.sandboxUrl(), cluster.apiKeys()::secret);
    }

    private DevstackClient(String webUrl, String sandboxUrl, Function<Seat, String> keys) {
        this.webUrl = webUrl;
        this.sandboxUrl = sandboxUrl;
        this.keys = keys;
    }

    /** Starts a journey from a shipped sample file; returns its id. */
    String start(Sample sample) {
        return startWith(sampleFile(sample.file()));
    }

    /** Starts a journey from a request body; returns its id. */
    String startWith(String body) {
        HttpResponse<String> started = post("/v1/journeys", body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return json(started.body()).path("journeyId").asText();
    }

    /** Waits until the journey stops working: decided, failed, or waiting for someone. */
    JsonNode awaitStopped(String journeyId) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = journey(journeyId);
                    return STOPPED.contains(last[0].path("status").asText());
                });
        return last[0];
    }

    JsonNode awaitStatus(String journeyId, String status) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = journey(journeyId);
                    return status.equals(last[0].path("status").asText());
                });
        return last[0];
    }

    /** Waits until the journey's latest run of {@code step} has {@code status}. */
    JsonNode awaitStep(String journeyId, String step, String status) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = journey(journeyId);
                    JsonNode latest = null;
                    for (JsonNode run : last[0].path("steps")) {
                        if (step.equals(run.path("name").asText())) {
                            latest = run;
                        }
                    }
                    return latest != null && status.equals(latest.path("status").asText());
                });
        return last[0];
    }

    JsonNode journey(String journeyId) {
        HttpResponse<String> response = get("/v1/journeys/" + journeyId);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    /** A POST as the product flow would send it: starts and retakes (the devstack's product key). */
    HttpResponse<String> post(String path, String body) {
        return post(Seat.PRODUCT, path, body);
    }

    /** A POST as support staff: reviews and cancels (the devstack's support key, which names the reviewer). */
    HttpResponse<String> support(String path, String body) {
        return post(Seat.SUPPORT, path, body);
    }

    HttpResponse<String> post(Seat seat, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(webUrl + path))
                .header("Content-Type", "application/json")
                .header(API_KEY, keys.apply(seat))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A read with the product key, which reads the journeys it started. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(webUrl + path))
                .header(API_KEY, keys.apply(Seat.PRODUCT))
                .GET()
                .build());
    }

    /** Any request, with the seat's key ({@code null}: none) and no body. */
    HttpResponse<String> send(Seat seat, String method, String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(webUrl + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (seat != null) {
            request.header(API_KEY, keys.apply(seat));
        }
        return send(request.build());
    }

    /** The sandbox's admin API, as a tester would use it. */
    void sandbox(String method, String path, String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sandboxUrl + "/_sandbox" + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
    }

    static String sampleFile(String file) {
        try {
            return Files.readString(Path.of("samples", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
