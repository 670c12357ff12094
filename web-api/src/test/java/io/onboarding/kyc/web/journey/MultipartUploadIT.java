package io.onboarding.kyc.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestImages;
import io.onboarding.kyc.web.TestKeys;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Starts and retakes as multipart/form-data, over real HTTP: a JSON part and the images as raw file parts. */
@MicronautTest(transactional = false) // keys made in a test must be visible to the server at once
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultipartUploadIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG = TestImages.cardPng();
    private static final String BOUNDARY = "kyc-test-boundary-7f3a";

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String product;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void key() {
        product = TestKeys.secret(context, "multipart-upload", ApiRole.PRODUCT);
    }

    @Test
    void aStartWithFrontAndBackStoresTwoDocumentsAndStartsTheWorkflow() throws Exception {
        HttpResponse<String> answer = post(
                "/v1/journeys",
                Map.of(),
                json("journey", journey("crm-mp-1")),
                file("front", "front.png", "image/png", PNG),
                file("back", "back.png", "image/png", PNG));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String journeyId = JSON.readTree(answer.body()).get("journeyId").asText();
        assertThat(JourneyIds.isValid(journeyId)).isTrue();
        assertThat(answer.headers().firstValue("Location")).hasValue("/v1/journeys/" + journeyId);
        assertThat(JSON.readTree(answer.body()).get("customerRef").asText()).isEqualTo("crm-mp-1");
        assertThat(count("SELECT count(*) FROM document WHERE journey_id = '" + journeyId + "'"))
                .isEqualTo(2);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> StandInJourneyWorkflow.STARTED.stream()
                        .anyMatch(r ->
                                r.journeyId().equals(journeyId) && r.document().backDocumentId() != null));
    }

    @Test
    void anOversizedPartIsRefusedWith413AndNothingIsStored() throws Exception {
        long journeys = count("SELECT count(*) FROM journey");
        long documents = count("SELECT count(*) FROM document");
        byte[] oversized = Arrays.copyOf(PNG, StartJourneyValidator.MAX_IMAGE_BYTES + 1);

        HttpResponse<String> answer = post(
                "/v1/journeys",
                Map.of(),
                json("journey", journey("crm-mp-big")),
                file("front", "front.png", "image/png", oversized));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(answer.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("front");
        assertThat(count("SELECT count(*) FROM journey")).isEqualTo(journeys);
        assertThat(count("SELECT count(*) FROM document")).isEqualTo(documents);
    }

    /**
     * The limit holds while the body streams: a client that has sent just over the per-image limit of a body it
     * announced as far larger, and sends nothing more, is answered 413 at once, before the rest ever arrives.
     */
    @Test
    void anOversizedPartIsRefusedBeforeTheBodyIsWhole() throws Exception {
        byte[] head = (part("journey", null, "application/json")
                        + journey("crm-mp-stream")
                        + "\r\n"
                        + part("front", "front.png", "image/png"))
                .getBytes(StandardCharsets.UTF_8);
        long announced = 15L * 1024 * 1024; // within max-request-size: only the part's own limit can refuse it
        URI base = server.getURI();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/journeys HTTP/1.1\r\nHost: " + base.getHost() + "\r\n" + TestKeys.HEADER + ": "
                            + product + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                            + "\r\nContent-Length: " + announced + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            byte[] chunk = Arrays.copyOf(PNG, 64 * 1024);
            long sent = 0;
            try {
                while (sent <= StartJourneyValidator.MAX_IMAGE_BYTES + 128 * 1024) {
                    out.write(chunk);
                    sent += chunk.length;
                }
                out.flush();
            } catch (java.io.IOException closedByServer) {
                // the server may close its side as soon as it has answered
            }
            String status = statusLine(socket.getInputStream());
            assertThat(status).startsWith("HTTP/1.1 413");
            assertThat(sent + head.length).isLessThan(announced);
        }
    }

    @Test
    void aGifOrATextFileAsFrontIsRefusedWith415NamingFront() throws Exception {
        long journeys = count("SELECT count(*) FROM journey");
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = "this is not an image\n".getBytes(StandardCharsets.UTF_8);
        // declared as PNG: the bytes decide, not the part's Content-Type
        for (byte[] notAnImage : List.of(gif, text)) {
            HttpResponse<String> answer = post(
                    "/v1/journeys",
                    Map.of(),
                    json("journey", journey("crm-mp-gif")),
                    file("front", "front.png", "image/png", notAnImage));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            var problem = JSON.readTree(answer.body());
            assertThat(problem.get("detail").asText()).contains("front");
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("front");
            assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("image-format");
        }
        assertThat(count("SELECT count(*) FROM journey")).isEqualTo(journeys);
    }

    @Test
    void aMissingFrontIsRefusedWith422() throws Exception {
        long journeys = count("SELECT count(*) FROM journey");

        HttpResponse<String> answer = post("/v1/journeys", Map.of(), json("journey", journey("crm-mp-nofront")));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        var error = JSON.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("front");
        assertThat(error.get("rule").asText()).isEqualTo("required");
        assertThat(count("SELECT count(*) FROM journey")).isEqualTo(journeys);
    }

    @Test
    void anUnknownPartIsRefusedWith422() throws Exception {
        long journeys = count("SELECT count(*) FROM journey");

        HttpResponse<String> answer = post(
                "/v1/journeys",
                Map.of(),
                json("journey", journey("crm-mp-unknown")),
                file("front", "front.png", "image/png", PNG),
                file("selfie", "selfie.png", "image/png", PNG));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        var error = JSON.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("selfie");
        assertThat(error.get("rule").asText()).isEqualTo("unknown-part");
        assertThat(count("SELECT count(*) FROM journey")).isEqualTo(journeys);
    }

    @Test
    void anUnknownFieldInTheJourneyPartIsRefusedWith422() throws Exception {
        long journeys = count("SELECT count(*) FROM journey");
        String withImage = "{\"customerRef\":\"crm-mp-x\",\"document\":{\"country\":\"CHN\",\"type\":\"ID_CARD\","
                + "\"front\":{\"imageBase64\":\"" + TestImages.cardPngBase64() + "\"}}}";

        HttpResponse<String> answer = post(
                "/v1/journeys", Map.of(), json("journey", withImage), file("front", "front.png", "image/png", PNG));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        var error = JSON.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("document.front");
        assertThat(error.get("rule").asText()).isEqualTo("unknown-field");
        assertThat(count("SELECT count(*) FROM journey")).isEqualTo(journeys);
    }

    @Test
    void aMultipartRetakeReachesTheJourney() throws Exception {
        HttpResponse<String> started =
                new KeyedHttp(server.getURI()).send(product, "POST", "/v1/journeys", KeyedHttp.startBody("crm-mp-re"));
        assertThat(started.statusCode()).isEqualTo(202);
        String journeyId = JSON.readTree(started.body()).get("journeyId").asText();
        long documents = count("SELECT count(*) FROM document WHERE journey_id = '" + journeyId + "'");

        HttpResponse<String> answer = post(
                "/v1/journeys/" + journeyId + "/documents",
                Map.of(),
                json("document", "{\"country\":\"CHN\",\"type\":\"ID_CARD\"}"),
                file("front", "front.png", "image/png", PNG));

        // the stand-in workflow waits for no retake: a 409 from the journey proves the route took the request
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(JSON.readTree(answer.body()).get("title").asText()).isEqualTo("The journey is not waiting for this");
        assertThat(count("SELECT count(*) FROM document WHERE journey_id = '" + journeyId + "'"))
                .isEqualTo(documents);
    }

    @Test
    void theSameStartAsJsonThenAsMultipartUnderOneIdempotencyKeyIsReplayed() throws Exception {
        String customerRef = "crm-mp-idem-" + UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> first = new KeyedHttp(server.getURI())
                .send(product, "POST", "/v1/journeys", KeyedHttp.startBody(customerRef), key);
        assertThat(first.statusCode()).isEqualTo(202);

        HttpResponse<String> again = post(
                "/v1/journeys",
                key,
                json("journey", journey(customerRef)),
                file("front", "card.png", "image/png", PNG));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(again.body()).get("journeyId").asText())
                .isEqualTo(JSON.readTree(first.body()).get("journeyId").asText());
    }

    private static String journey(String customerRef) {
        return "{\"customerRef\":\"" + customerRef + "\",\"document\":{\"country\":\"CHN\",\"type\":\"ID_CARD\"}}";
    }

    private record Part(byte[] bytes) {}

    private static Part json(String name, String json) {
        return new Part(concat(
                part(name, null, "application/json").getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Part file(String name, String filename, String contentType, byte[] content) {
        return new Part(concat(part(name, filename, contentType).getBytes(StandardCharsets.UTF_8), content));
    }

    /** A part's delimiter and headers, up to where its content starts. */
    private static String part(String name, String filename, String contentType) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\nContent-Type: " + contentType
                + "\r\n\r\n";
    }

    private HttpResponse<String> post(String path, Map<String, String> headers, Part... parts) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.write(part.bytes());
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .timeout(Duration.ofSeconds(60))
                .header(TestKeys.HEADER, product)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String statusLine(InputStream in) throws java.io.IOException {
        List<Byte> line = new ArrayList<>();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.add((byte) b);
        }
        byte[] bytes = new byte[line.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = line.get(i);
        }
        return new String(bytes, StandardCharsets.US_ASCII).trim();
    }

    private static long count(String sql) throws SQLException {
        return TestDatabase.shared().count(sql);
    }
}
