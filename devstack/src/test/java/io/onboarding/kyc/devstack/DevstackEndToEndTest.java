package io.onboarding.kyc.devstack;

import static io.onboarding.kyc.devstack.DevstackClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.devstack.samples.SampleImage;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole system in one JVM, as bin/devstack runs it: the Temporal test server over gRPC on
 * loopback, the sandbox over HTTP with real TC3 signatures, PostgreSQL, the worker and the web API.
 * Each shipped sample goes in through HTTP and must get where its name says.
 */
class DevstackEndToEndTest {

    private static final String OCR = "RecognizeMainlandIDCardOCR";
    private static final String VERIFY = "IdCardOCRVerification";
    private static final String COMPARE = "CheckIdCardInformation";
    private static final String APPLY = "ApplyCardVerification";
    private static final String POLL = "GetCardVerificationResult";

    /** Tencent calls each sample's journey must make, no more: nothing is bought twice. */
    private static final Map<String, Map<String, Long>> VENDOR_CALLS = Map.of(
            SampleCatalogue.APPROVED.file(), Map.of(OCR, 2L, VERIFY, 1L, COMPARE, 1L),
            SampleCatalogue.REJECTED_NAME_MISMATCH.file(), Map.of(OCR, 1L, VERIFY, 1L),
            SampleCatalogue.REJECTED_PORTRAIT_MISMATCH.file(), Map.of(OCR, 1L, VERIFY, 1L, COMPARE, 1L),
            SampleCatalogue.REJECTED_EXPIRED.file(), Map.of(OCR, 2L),
            SampleCatalogue.WAITING_RETAKE.file(), Map.of(OCR, 1L),
            SampleCatalogue.WAITING_REVIEW.file(), Map.of(OCR, 1L, VERIFY, 1L, COMPARE, 1L),
            SampleCatalogue.APPROVED_HONG_KONG.file(), Map.of(APPLY, 1L, POLL, 3L));

    private static Devstack devstack;
    private static DevstackClient client;

    @BeforeAll
    static void startDevstack() {
        TestDatabase db = TestDatabase.shared();
        devstack = Devstack.start(new DevstackSettings(0, 0, 0, db.url(), db.user(), db.password()));
        client = new DevstackClient(devstack);
    }

    @AfterAll
    static void stopDevstack() {
        if (devstack != null) {
            devstack.close();
        }
    }

    @BeforeEach
    void clearLedger() {
        devstack.sandbox().ledger().clear();
    }

    static Stream<Sample> samples() {
        return SampleCatalogue.JOURNEYS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleGetsWhereItIsNamedFor(Sample sample) {
        String journeyId = client.start(sample);

        JsonNode journey = client.awaitStopped(journeyId);

        Sample.Expected expected = sample.expected();
        assertThat(journey.path("status").asText()).isEqualTo(expected.status());
        assertThat(journey.path("outcome").isNull() ? null : journey.path("outcome").asText()).isEqualTo(expected.outcome());
        assertThat(texts(journey.path("reasons"))).isEqualTo(expected.reasons());
        VENDOR_CALLS.get(sample.file()).forEach((action, count) ->
                assertThat(devstack.sandbox().ledger().count(action)).as(action + " calls").isEqualTo(count));
        assertThat(devstack.sandbox().ledger().calls())
                .hasSize((int) VENDOR_CALLS.get(sample.file()).values().stream().mapToLong(c -> c).sum());

        assertAuditedCallForCall(journeyId);
        assertTimelineIsContiguous(journeyId);
        assertNoPersonalDataInTemporal(journeyId, sample);
    }

    @Test
    void aRetakeWithABetterPhotoIsApproved() {
        String journeyId = client.start(SampleCatalogue.WAITING_RETAKE);
        client.awaitStatus(journeyId, "WAITING_RETAKE");

        HttpResponse<String> retake = client.post("/v1/journeys/" + journeyId + "/documents",
                DevstackClient.sampleFile(SampleCatalogue.RETAKE_DOCUMENT.file()), null);

        assertThat(retake.statusCode()).as(retake.body()).isEqualTo(202);
        JsonNode journey = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(journey.path("steps").findValuesAsText("name")).containsExactly("OCR_FRONT", "WARNING_CHECK", "RETAKE",
                "OCR_FRONT", "WARNING_CHECK", "LOCAL_CHECKS", "ID_VERIFICATION", "PORTRAIT_COMPARISON", "DECISION");
        assertThat(devstack.sandbox().ledger().count(OCR)).isEqualTo(2);
        assertThat(devstack.sandbox().ledger().count(VERIFY)).isEqualTo(1);
    }

    @Test
    void aReviewerRejectsAJourneyWaitingForReview() {
        String journeyId = client.start(SampleCatalogue.WAITING_REVIEW);
        client.awaitStatus(journeyId, "WAITING_REVIEW");

        HttpResponse<String> refused = client.post("/v1/journeys/" + journeyId + "/documents",
                DevstackClient.sampleFile(SampleCatalogue.RETAKE_DOCUMENT.file()), null);
        assertThat(refused.statusCode()).as("not waiting for a retake").isEqualTo(409);

        HttpResponse<String> review = client.post("/v1/journeys/" + journeyId + "/review",
                "{\"decision\":\"REJECT\",\"reason\":\"no photo on record; asked for branch visit\"}", "reviewer-7");

        assertThat(review.statusCode()).as(review.body()).isEqualTo(202);
        JsonNode journey = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(texts(journey.path("reasons"))).containsExactly("AUTHORITY_PHOTO_MISSING", "REVIEWER_REJECTED");
    }

    @Test
    void aWaitingJourneyCanBeCancelledAndThenTakesNothingMore() {
        String journeyId = client.start(SampleCatalogue.WAITING_RETAKE);
        client.awaitStatus(journeyId, "WAITING_RETAKE");

        assertThat(client.post("/v1/journeys/" + journeyId + "/cancel", "{\"reason\":\"customer left\"}", null)
                .statusCode()).isEqualTo(202);

        JsonNode journey = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(client.post("/v1/journeys/" + journeyId + "/cancel", "{}", null).statusCode()).isEqualTo(409);
    }

    private static void assertAuditedCallForCall(String journeyId) {
        List<VendorCall> audited = devstack.application().getBean(VendorCallStore.class).forJourney(journeyId);
        assertThat(audited).extracting(VendorCall::requestId).containsExactlyInAnyOrderElementsOf(
                devstack.sandbox().ledger().calls().stream().map(LedgerEntry::requestId).toList());
    }

    private static void assertTimelineIsContiguous(String journeyId) {
        List<TimelineEntry> timeline = devstack.application().getBean(JourneyStore.class).timeline(journeyId);
        assertThat(timeline).extracting(e -> e.key().sequence())
                .isEqualTo(IntStream.rangeClosed(1, timeline.size()).boxed().toList());
    }

    /** The Temporal service sees sealed payloads only: not the name, not the ID number, not the image. */
    private static void assertNoPersonalDataInTemporal(String journeyId, Sample sample) {
        WorkflowServiceStubs stubs = devstack.application().getBean(WorkflowServiceStubs.class);
        History history = stubs.blockingStub().getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.newBuilder()
                .setNamespace("default")
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(JourneyIds.workflowId(journeyId)))
                .build()).getHistory();
        assertThat(history.getEventsCount()).isGreaterThan(5);
        String raw = history.toByteString().toString(StandardCharsets.ISO_8859_1);
        for (String secret : secretsOf(sample)) {
            assertThat(raw).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        assertThat(raw).doesNotContain("ImageBase64").doesNotContain("/9j/");
    }

    private static List<String> secretsOf(Sample sample) {
        if (sample.front() instanceof SampleImage.Mainland mainland) {
            return List.of(mainland.card().idNumber(), mainland.card().name());
        }
        SampleImage.Foreign foreign = (SampleImage.Foreign) sample.front();
        return List.of(foreign.card().documentNumber(), foreign.card().surname());
    }
}
