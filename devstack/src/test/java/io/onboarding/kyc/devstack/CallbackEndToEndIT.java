package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed callbacks through the whole devstack to the receiver docs/callbacks.md ships: the journey waits for a
 * review, a reviewer approves, and the product hears of both, each event's signature verified by the documented
 * example with the devstack's callback secret.
 */
class CallbackEndToEndIT {

    private static final Path RECEIVER = Path.of("..", "docs", "examples", "callback_receiver.py")
            .toAbsolutePath()
            .normalize();

    private static Devstack devstack;
    private static DevstackClient client;

    @BeforeAll
    static void startDevstack() {
        TestDatabase db = TestDatabase.shared();
        devstack = Devstack.start(DevstackSettings.forTests(db.url(), db.user(), db.password()));
        client = new DevstackClient(devstack);
    }

    @AfterAll
    static void stopDevstack() {
        if (devstack != null) {
            devstack.close();
        }
    }

    @Test
    void theProductHearsOfTheReviewAndTheDecisionThroughVerifiedCallbacks() throws Exception {
        assertThat(RECEIVER).exists();
        int port = TemporalDevServer.freePort();
        Process receiver = new ProcessBuilder(
                        "python3",
                        RECEIVER.toString(),
                        "--port",
                        Integer.toString(port),
                        "--secret",
                        devstack.apiKeys().callbackSecret())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<JsonNode> verified = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readLines(receiver, verified));
        reader.start();
        try {
            ObjectNode start = (ObjectNode)
                    DevstackClient.JSON.readTree(DevstackClient.sampleFile(SampleCatalogue.WAITING_REVIEW.file()));
            start.put("callbackUrl", "http://127.0.0.1:" + port + "/kyc/events");
            HttpResponse<String> started = client.post("/v1/journeys", start.toString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String journeyId = DevstackClient.JSON
                    .readTree(started.body())
                    .path("journeyId")
                    .asText();

            client.awaitStatus(journeyId, "WAITING_REVIEW");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> verified.size() == 1);
            HttpResponse<String> review = client.support(
                    "/v1/journeys/" + journeyId + "/review",
                    "{\"decision\":\"APPROVE\",\"reason\":\"authority photo checked at the branch\"}");
            assertThat(review.statusCode()).as(review.body()).isEqualTo(202);
            client.awaitStatus(journeyId, "COMPLETED");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> verified.size() == 2);

            assertThat(verified)
                    .extracting(line -> line.path("event").path("type").asText())
                    .containsExactly("journey.waiting_review", "journey.completed");
            assertThat(verified).allSatisfy(line -> {
                assertThat(line.path("verified").asBoolean()).isTrue();
                assertThat(line.path("event").path("journeyId").asText()).isEqualTo(journeyId);
                assertThat(line.path("event").path("id").asText()).startsWith("evt_" + journeyId + "_");
            });
            assertThat(verified.get(1).path("event").path("outcome").asText()).isEqualTo("APPROVED");
            // no personal data: the event carries only ids, codes and a time
            assertThat(verified.get(1).path("event").fieldNames())
                    .toIterable()
                    .containsExactly("id", "type", "journeyId", "status", "outcome", "reasons", "occurredAt");

            HttpResponse<String> list = client.get("/v1/journeys/" + journeyId + "/callbacks");
            assertThat(list.statusCode()).isEqualTo(200);
            JsonNode deliveries = DevstackClient.JSON.readTree(list.body()).path("deliveries");
            assertThat(deliveries).hasSize(2).allSatisfy(delivery -> {
                assertThat(delivery.path("state").asText()).isEqualTo("DELIVERED");
                assertThat(delivery.path("attempts").get(0).path("statusCode").asInt())
                        .isEqualTo(204);
            });
        } finally {
            receiver.destroy();
            receiver.waitFor();
            reader.join(5_000);
        }
    }

    private static void readLines(Process receiver, List<JsonNode> verified) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(receiver.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                verified.add(DevstackClient.JSON.readTree(line));
            }
        } catch (IOException e) {
            // the receiver was stopped
        }
    }
}
