package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.journey.JourneyIds;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.vendor.VendorCall;
import io.onboarding.kyc.store.vendor.VendorCallStore;
import io.onboarding.kyc.testing.TestDatabase;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.History;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole system in one JVM, as bin/devstack runs it: the Temporal test server over gRPC on
 * loopback, the sandbox over HTTP with real TC3 signatures, PostgreSQL, the worker and the web API.
 * Each shipped sample goes in through HTTP and must come out with its outcome.
 */
class DevstackEndToEndTest {

    private static final String OCR = "RecognizeMainlandIDCardOCR";
    private static final String VERIFY = "IdCardOCRVerification";
    private static final String COMPARE = "CheckIdCardInformation";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Devstack devstack;

    @BeforeAll
    static void startDevstack() {
        TestDatabase db = TestDatabase.shared();
        devstack = Devstack.start(new DevstackSettings(0, 0, 0, db.url(), db.user(), db.password()));
    }

    @AfterAll
    static void stopDevstack() {
        if (devstack != null) {
            devstack.close();
        }
    }

    static Stream<Sample> samples() {
        return SampleCatalogue.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleReachesTheOutcomeItIsNamedFor(Sample sample) throws Exception {
        devstack.sandbox().ledger().clear();

        HttpResponse<String> started = post("/v1/journeys", Files.readString(Path.of("samples", sample.file())));

        assertThat(started.statusCode()).isEqualTo(202);
        String journeyId = JSON.readTree(started.body()).path("journeyId").asText();
        assertThat(JourneyIds.isValid(journeyId)).isTrue();

        JsonNode journey = awaitEnd(journeyId);
        assertThat(journey.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo(sample.expectedOutcome());
        assertThat(texts(journey.path("reasons"))).isEqualTo(sample.expectedReasons());
        assertThat(journey.path("step").asText()).isEqualTo("DECISION");

        Map<String, Long> expectedCalls = expectedVendorCalls(sample);
        expectedCalls.forEach((action, count) ->
                assertThat(devstack.sandbox().ledger().count(action)).as(action + " calls").isEqualTo(count));
        assertThat(devstack.sandbox().ledger().calls()).hasSize((int) expectedCalls.values().stream().mapToLong(c -> c).sum());

        assertThat(journey.path("steps").findValuesAsText("name")).isEqualTo(expectedSteps(sample));
        for (JsonNode step : journey.path("steps")) {
            if (List.of("OCR_FRONT", "OCR_BACK", "ID_VERIFICATION", "PORTRAIT_COMPARISON").contains(step.path("name").asText())) {
                assertThat(step.path("vendorRequestId").asText()).as(step.path("name").asText()).isNotBlank();
            }
        }

        List<TimelineEntry> timeline = devstack.application().getBean(JourneyStore.class).timeline(journeyId);
        assertThat(timeline).extracting(e -> e.key().sequence())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, timeline.size()).boxed().toList());
        assertThat(timeline.get(timeline.size() - 1).outcome()).isEqualTo(sample.expectedOutcome());

        List<VendorCall> audited = devstack.application().getBean(VendorCallStore.class).forJourney(journeyId);
        assertThat(audited).extracting(VendorCall::requestId).containsExactlyInAnyOrderElementsOf(
                devstack.sandbox().ledger().calls().stream().map(LedgerEntry::requestId).toList());
        assertThat(audited).allSatisfy(call -> assertThat(call.attempt()).isEqualTo(1));

        assertNoPersonalDataInTemporal(journeyId, sample);
    }

    /** The Temporal service sees sealed payloads only: not the name, not the ID number, not the image. */
    private static void assertNoPersonalDataInTemporal(String journeyId, Sample sample) {
        WorkflowServiceStubs stubs = devstack.application().getBean(WorkflowServiceStubs.class);
        History history = stubs.blockingStub().getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.newBuilder()
                .setNamespace("default")
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(JourneyIds.workflowId(journeyId)))
                .build()).getHistory();
        assertThat(history.getEventsCount()).isGreaterThan(10);
        String raw = history.toByteString().toString(StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(sample.card().idNumber());
        assertThat(raw).doesNotContain(new String(sample.card().name().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(raw).doesNotContain("ImageBase64").doesNotContain("/9j/");
        assertThat(JourneyIds.workflowId(journeyId)).doesNotContain(sample.card().idNumber());
    }

    private static Map<String, Long> expectedVendorCalls(Sample sample) {
        long ocrCalls = sample.withBack() ? 2 : 1;
        boolean compared = !sample.expectedReasons().contains("ID_NAME_MISMATCH");
        return Map.of(OCR, ocrCalls, VERIFY, 1L, COMPARE, compared ? 1L : 0L);
    }

    private static List<String> expectedSteps(Sample sample) {
        List<String> steps = new java.util.ArrayList<>(List.of("OCR_FRONT"));
        if (sample.withBack()) {
            steps.add("OCR_BACK");
        }
        steps.addAll(List.of("WARNING_CHECK", "LOCAL_CHECKS", "ID_VERIFICATION"));
        if (!sample.expectedReasons().contains("ID_NAME_MISMATCH")) {
            steps.add("PORTRAIT_COMPARISON");
        }
        steps.add("DECISION");
        return steps;
    }

    private static JsonNode awaitEnd(String journeyId) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> response = get("/v1/journeys/" + journeyId);
            assertThat(response.statusCode()).isEqualTo(200);
            last[0] = JSON.readTree(response.body());
            String status = last[0].path("status").asText();
            return status.equals("COMPLETED") || status.equals("FAILED");
        });
        return last[0];
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(devstack.webUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(devstack.webUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
