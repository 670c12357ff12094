package io.onboarding.kyc.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the hostile-input suites share: a plain HTTP client that sends exactly the bytes it is given,
 * checks of the problem-details answer, and a check that a refused request stored and started nothing.
 * A client made with an API key sends it as {@code X-API-Key} with every request, unless the request's own
 * headers name {@code X-API-Key} (then those are sent; {@link #NO_KEY} as the value sends none);
 * {@link #withoutKey()} is the same client sending none.
 */
public final class HostileClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** As the value of {@code X-API-Key} in a request's headers: send no {@code X-API-Key} at all. */
    public static final String NO_KEY = "(no key)";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String apiKey;

    /** A client that sends no API key: for what needs none ({@code /openapi.yml}, {@code /codec/**}). */
    public HostileClient(URI base) {
        this(base, null);
    }

    /** A client that sends {@code apiKey} as {@code X-API-Key} with every request (none when null). */
    public HostileClient(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    public URI base() {
        return base;
    }

    /** The API key this client sends, or null. */
    public String apiKey() {
        return apiKey;
    }

    /** The same client without its API key. */
    public HostileClient withoutKey() {
        return new HostileClient(base, null);
    }

    /** Sends {@code body} as it is, with the given content type (none when null). */
    public Answer send(String method, String path, String contentType, String body, Map<String, String> headers) {
        return sendBytes(
                method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Sends exactly these bytes, e.g. ones that are not UTF-8. */
    public Answer sendBytes(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (apiKey != null && headers.keySet().stream().noneMatch(TestKeys.HEADER::equalsIgnoreCase)) {
            request.header(TestKeys.HEADER, apiKey);
        }
        headers.forEach((name, value) -> {
            if (!(name.equalsIgnoreCase(TestKeys.HEADER) && NO_KEY.equals(value))) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer postJson(String path, String body) {
        return send("POST", path, "application/json", body, Map.of());
    }

    /** Runs {@code request} and checks that no journey, timeline entry or document was stored meanwhile. */
    public static Answer storingNothing(Supplier<Answer> request) {
        Counts before = Counts.now();
        Answer answer = request.get();
        assertThat(Counts.now()).as("rows after " + answer).isEqualTo(before);
        return answer;
    }

    /** An HTTP answer; {@link #problem()} reads it as problem details. */
    public record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {

        public Answer(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        /** The first value of a header, its name in any case. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(h ->
                            h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                    .map(h -> h.getValue().get(0))
                    .findFirst();
        }

        public JsonNode problem() {
            assertThat(contentType).as(body).startsWith("application/problem+json");
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The problem's type slug, e.g. {@code invalid-request}. */
        public String problemType() {
            String type = problem().path("type").asText();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        /** {@code field:rule} of each broken rule. */
        public List<String> violations() {
            List<String> out = new ArrayList<>();
            problem()
                    .path("errors")
                    .forEach(e -> out.add(
                            e.path("field").asText() + ":" + e.path("rule").asText()));
            return out;
        }

        /** Asserts the status and problem type, and that some error names {@code field} (when not null). */
        public Answer assertProblem(int expectedStatus, String expectedType, String field) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(problemType()).as(body).isEqualTo(expectedType);
            if (field != null) {
                assertThat(violations()).as(body).anyMatch(v -> v.startsWith(field + ":"));
            }
            return this;
        }
    }

    /** Rows in the tables a request could write to. */
    record Counts(long journeys, long timeline, long documents) {

        static Counts now() {
            try (Connection connection = TestDatabase.shared().connect();
                    Statement statement = connection.createStatement()) {
                return new Counts(
                        count(statement, "journey"), count(statement, "journey_event"), count(statement, "document"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static long count(Statement statement, String table) throws SQLException {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
