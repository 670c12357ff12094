package io.onboarding.kyc.devstack;

import static io.onboarding.kyc.devstack.DevstackClient.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.devstack.DevstackKeys.Seat;
import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.devstack.samples.SampleImage;
import io.onboarding.kyc.devstack.samples.SampleWriter;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.vendor.VendorCall;
import io.onboarding.kyc.store.vendor.VendorCallStore;
import io.onboarding.kyc.testing.TestDatabase;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.History;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole system in one JVM, as bin/devstack runs it: Temporal's own dev server over gRPC on
 * loopback, the sandbox over HTTP with real TC3 signatures, PostgreSQL, the worker and the web API.
 * Each shipped sample goes in through HTTP and must get where its name says.
 */
class DevstackEndToEndIT {

    private static final String OCR = "RecognizeMainlandIDCardOCR";
    private static final String VERIFY = "IdCardOCRVerification";
    private static final String COMPARE = "CheckIdCardInformation";
    /** Foreign cards go to Tencent's successor API, the default of tencent.card-verification. */
    private static final String APPLY = "ApplyCardVerificationExternal";

    private static final String POLL = "GetCardVerificationExternalResult";

    /** Tencent calls each sample's journey must make, no more: nothing is bought twice. */
    private static final Map<String, Map<String, Long>> VENDOR_CALLS = Map.of(
            SampleCatalogue.APPROVED.file(), Map.of(OCR, 2L, VERIFY, 1L, COMPARE, 1L),
            SampleCatalogue.REJECTED_NAME_MISMATCH.file(), Map.of(OCR, 1L, VERIFY, 1L),
            SampleCatalogue.REJECTED_PORTRAIT_MISMATCH.file(), Map.of(OCR, 1L, VERIFY, 1L, COMPARE, 1L),
            SampleCatalogue.REJECTED_EXPIRED.file(), Map.of(OCR, 2L),
            SampleCatalogue.WAITING_RETAKE.file(), Map.of(OCR, 1L),
            SampleCatalogue.WAITING_REVIEW.file(), Map.of(OCR, 1L, VERIFY, 1L, COMPARE, 1L),
            SampleCatalogue.APPROVED_HONG_KONG.file(), Map.of(APPLY, 1L, POLL, 3L),
            SampleCatalogue.PHONE_PHOTO_APPROVED.file(), Map.of(OCR, 2L, VERIFY, 1L, COMPARE, 1L),
            SampleCatalogue.PHONE_PHOTO_OF_A_PHOTOCOPY.file(), Map.of(OCR, 2L));

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
        assertGetsWhereItIsNamedFor(sample, client.start(sample));
    }

    static Stream<Sample> phonePhotos() {
        return Stream.of(SampleCatalogue.PHONE_PHOTO_APPROVED, SampleCatalogue.PHONE_PHOTO_OF_A_PHOTOCOPY);
    }

    /**
     * The phone-photo path: 12-megapixel JPEGs stored on their side with an EXIF orientation and no sandbox
     * metadata. The engine turns them upright and re-encodes them, the sandbox reads each card from the code
     * printed on it, and the journey ends as the card says: approved, or a retake for a photographed photocopy.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("phonePhotos")
    void aPhonePhotoIsPreparedByTheEngineAndReadFromItsPixels(Sample sample) throws Exception {
        String body = DevstackClient.JSON.writeValueAsString(SampleWriter.request(sample));

        assertGetsWhereItIsNamedFor(sample, client.startWith(body));
    }

    private static void assertGetsWhereItIsNamedFor(Sample sample, String journeyId) {
        JsonNode journey = client.awaitStopped(journeyId);

        Sample.Expected expected = sample.expected();
        assertThat(journey.path("status").asText()).isEqualTo(expected.status());
        assertThat(
                        journey.path("outcome").isNull()
                                ? null
                                : journey.path("outcome").asText())
                .isEqualTo(expected.outcome());
        assertThat(texts(journey.path("reasons"))).isEqualTo(expected.reasons());
        VENDOR_CALLS
                .get(sample.file())
                .forEach((action, count) -> assertThat(
                                devstack.sandbox().ledger().count(action))
                        .as(action + " calls")
                        .isEqualTo(count));
        assertThat(devstack.sandbox().ledger().calls()).hasSize((int) VENDOR_CALLS.get(sample.file()).values().stream()
                .mapToLong(c -> c)
                .sum());

        assertAuditedCallForCall(journeyId);
        assertTimelineIsContiguous(journeyId);
        assertNoPersonalDataInTemporal(journeyId, sample);
    }

    @Test
    void theOneProcessServesAndGuardsTheApiAsTheWebApiAlone() {
        // devstack's single context reads the worker's application.yml: the web API's security settings must
        // still hold, so no key gets 401, an unknown path stays 404, and /token_info is not served
        HttpResponse<String> noKey = client.send(null, "GET", "/v1/journeys/jny_0123456789abcdefghjkmnpqrs");
        HttpResponse<String> unknown = client.send(null, "GET", "/no-such-path");
        HttpResponse<String> introspection = client.send(Seat.PRODUCT, "GET", "/token_info");

        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(introspection.statusCode()).isEqualTo(404);
        assertThat(client.send(null, "GET", "/health/readiness").statusCode()).isEqualTo(200);
        assertThat(client.send(null, "GET", "/prometheus").statusCode()).isEqualTo(401);
        assertThat(client.send(Seat.PRODUCT, "GET", "/prometheus").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = client.send(Seat.ENGINEER, "GET", "/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    /**
     * Support reads an approved journey's timeline: each Tencent call, with the RequestId the sandbox answered, sits
     * inside the run of the step it was made for, in the order the checks ran, and the journey ends approved.
     */
    @Test
    void theTimelineShowsEachVendorCallInsideItsStep() {
        String journeyId = client.start(SampleCatalogue.APPROVED);
        client.awaitStopped(journeyId);

        HttpResponse<String> answer = client.send(Seat.SUPPORT, "GET", "/v1/journeys/" + journeyId + "/timeline");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> events = StreamSupport.stream(
                        DevstackClient.json(answer.body()).path("events").spliterator(), false)
                .toList();
        List<JsonNode> calls = events.stream()
                .filter(event -> "vendor-call".equals(event.path("kind").asText()))
                .toList();
        assertThat(calls).extracting(call -> call.path("action").asText()).containsExactly(OCR, OCR, VERIFY, COMPARE);
        assertThat(calls)
                .extracting(call -> call.path("requestId").asText())
                .containsExactlyInAnyOrderElementsOf(devstack.sandbox().ledger().calls().stream()
                        .map(LedgerEntry::requestId)
                        .toList());
        for (JsonNode call : calls) {
            assertThat(call.path("resultCode").asText()).as(call.toString()).isNotEmpty();
            assertThat(call.path("attempt").asInt()).as(call.toString()).isPositive();
            int at = events.indexOf(call);
            String step = call.path("step").asText();
            assertThat(IntStream.range(0, at).mapToObj(events::get))
                    .as(step + " started before its call")
                    .anyMatch(event -> isStep(event, step)
                            && "RUNNING".equals(event.path("status").asText()));
            assertThat(IntStream.range(at + 1, events.size()).mapToObj(events::get))
                    .as(step + " ended after its call")
                    .anyMatch(event -> isStep(event, step)
                            && "PASSED".equals(event.path("status").asText()));
        }
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("journey");
        assertThat(last.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(last.path("outcome").asText()).isEqualTo("APPROVED");
    }

    private static boolean isStep(JsonNode event, String step) {
        return "step".equals(event.path("kind").asText())
                && step.equals(event.path("step").asText());
    }

    @Test
    void aRetakeWithABetterPhotoIsApproved() {
        String journeyId = client.start(SampleCatalogue.WAITING_RETAKE);
        client.awaitStatus(journeyId, "WAITING_RETAKE");

        HttpResponse<String> retake = client.post(
                "/v1/journeys/" + journeyId + "/documents",
                DevstackClient.sampleFile(SampleCatalogue.RETAKE_DOCUMENT.file()));

        assertThat(retake.statusCode()).as(retake.body()).isEqualTo(202);
        JsonNode journey = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(journey.path("steps").findValuesAsText("name"))
                .containsExactly(
                        "OCR_FRONT",
                        "WARNING_CHECK",
                        "RETAKE",
                        "OCR_FRONT",
                        "WARNING_CHECK",
                        "LOCAL_CHECKS",
                        "ID_VERIFICATION",
                        "PORTRAIT_COMPARISON",
                        "DECISION");
        assertThat(devstack.sandbox().ledger().count(OCR)).isEqualTo(2);
        assertThat(devstack.sandbox().ledger().count(VERIFY)).isEqualTo(1);
    }

    @Test
    void aReviewerRejectsAJourneyWaitingForReview() {
        String journeyId = client.start(SampleCatalogue.WAITING_REVIEW);
        client.awaitStatus(journeyId, "WAITING_REVIEW");

        HttpResponse<String> refused = client.post(
                "/v1/journeys/" + journeyId + "/documents",
                DevstackClient.sampleFile(SampleCatalogue.RETAKE_DOCUMENT.file()));
        assertThat(refused.statusCode()).as("not waiting for a retake").isEqualTo(409);

        HttpResponse<String> review = client.support(
                "/v1/journeys/" + journeyId + "/review",
                "{\"decision\":\"REJECT\",\"reason\":\"no photo on record; asked for branch visit\"}");

        assertThat(review.statusCode()).as(review.body()).isEqualTo(202);
        JsonNode journey = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(texts(journey.path("reasons"))).containsExactly("AUTHORITY_PHOTO_MISSING", "REVIEWER_REJECTED");
    }

    /** A claimed review is its claimant's to decide: another reviewer is refused, the claimant's decision ends it. */
    @Test
    void aReviewerClaimsAReviewAndApprovesItWhileAnotherIsRefused() throws Exception {
        String journeyId = client.start(SampleCatalogue.WAITING_REVIEW);
        client.awaitStatus(journeyId, "WAITING_REVIEW");
        String otherDesk = devstack.application()
                .getBean(ApiKeyStore.class)
                .create("e2e-second-desk-" + System.nanoTime(), EnumSet.of(ApiRole.SUPPORT))
                .secret();
        String decide = "/v1/journeys/" + journeyId + "/review";

        HttpResponse<String> claimed = client.send(Seat.SUPPORT, "POST", decide + "/claim");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        HttpResponse<String> byAnother = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(devstack.webUrl() + decide))
                                .header("Content-Type", "application/json")
                                .header(DevstackClient.API_KEY, otherDesk)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"decision\":\"REJECT\",\"reason\":\"not mine to decide\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(byAnother.statusCode()).as(byAnother.body()).isEqualTo(409);
        assertThat(DevstackClient.json(byAnother.body()).path("type").asText()).endsWith("/review-claimed");

        HttpResponse<String> approved =
                client.support(decide, "{\"decision\":\"APPROVE\",\"reason\":\"photo checked at the branch\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(202);
        JsonNode journey = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo("APPROVED");
        List<SupportAction> record =
                devstack.application().getBean(SupportActions.class).of(journeyId);
        assertThat(record)
                .extracting(SupportAction::kind, SupportAction::actor)
                .containsExactly(
                        tuple(SupportAction.Kind.REVIEW_CLAIMED, Seat.SUPPORT.keyName()),
                        tuple(SupportAction.Kind.REVIEW_APPROVED, Seat.SUPPORT.keyName()));
        assertThat(record.get(1).detail()).isEqualTo("photo checked at the branch");
    }

    @Test
    void aWaitingJourneyCanBeCancelledAndThenTakesNothingMore() {
        String journeyId = client.start(SampleCatalogue.WAITING_RETAKE);
        client.awaitStatus(journeyId, "WAITING_RETAKE");

        assertThat(client.support("/v1/journeys/" + journeyId + "/cancel", "{\"reason\":\"customer left\"}")
                        .statusCode())
                .isEqualTo(202);

        JsonNode journey = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(journey.path("steps").findValuesAsText("status"))
                .as("no step left running")
                .doesNotContain("RUNNING");
        assertThat(client.post(
                                "/v1/journeys/" + journeyId + "/documents",
                                DevstackClient.sampleFile(SampleCatalogue.RETAKE_DOCUMENT.file()))
                        .statusCode())
                .isEqualTo(409);
        // a repeated cancel answers as the first did (docs/workflows.md)
        assertThat(client.support("/v1/journeys/" + journeyId + "/cancel", "{}").statusCode())
                .isEqualTo(202);
    }

    private static void assertAuditedCallForCall(String journeyId) {
        List<VendorCall> audited =
                devstack.application().getBean(VendorCallStore.class).forJourney(journeyId);
        assertThat(audited)
                .extracting(VendorCall::requestId)
                .containsExactlyInAnyOrderElementsOf(devstack.sandbox().ledger().calls().stream()
                        .map(LedgerEntry::requestId)
                        .toList());
    }

    private static void assertTimelineIsContiguous(String journeyId) {
        List<TimelineEntry> timeline =
                devstack.application().getBean(JourneyStore.class).timeline(journeyId);
        assertThat(timeline)
                .extracting(e -> e.key().sequence())
                .isEqualTo(IntStream.rangeClosed(1, timeline.size()).boxed().toList());
    }

    /**
     * Temporal's own server holds sealed payloads only: no name, ID number, image or customer reference in
     * any payload, search attribute, failure or workflow id of the raw history, fetched over gRPC. The
     * description (search attributes, memo) is checked too.
     */
    private static void assertNoPersonalDataInTemporal(String journeyId, Sample sample) {
        WorkflowServiceStubs stubs = devstack.application().getBean(WorkflowServiceStubs.class);
        WorkflowExecution execution = WorkflowExecution.newBuilder()
                .setWorkflowId(JourneyIds.workflowId(journeyId))
                .build();
        History history = stubs.blockingStub()
                .getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.newBuilder()
                        .setNamespace("default")
                        .setExecution(execution)
                        .build())
                .getHistory();
        DescribeWorkflowExecutionResponse description = stubs.blockingStub()
                .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
                        .setNamespace("default")
                        .setExecution(execution)
                        .build());
        assertThat(history.getEventsCount()).isGreaterThan(5);
        assertThat(description.getWorkflowExecutionInfo().getSearchAttributes().getIndexedFieldsMap())
                .containsKey("KycStatus");
        for (String raw : List.of(latin1(history.toByteString()), latin1(description.toByteString()))) {
            for (String secret : secretsOf(sample)) {
                assertThat(raw).doesNotContain(latin1(ByteString.copyFromUtf8(secret)));
            }
            assertThat(raw).doesNotContain("ImageBase64").doesNotContain("/9j/").doesNotContain("iVBORw0KGgo");
        }
        assertInputDecodesThroughTheCodecEndpoint(journeyId, history);
    }

    /** What on-call reads in the Web UI: the journey's input, decoded by the web API's codec endpoint. */
    private static void assertInputDecodesThroughTheCodecEndpoint(String journeyId, History history) {
        Payloads input = history.getEvents(0)
                .getWorkflowExecutionStartedEventAttributes()
                .getInput();
        assertThat(input.getPayloads(0).getMetadataOrThrow("encoding").toStringUtf8())
                .isEqualTo("binary/encrypted");
        HttpResponse<String> decoded;
        try {
            decoded = client.post(
                    Seat.ENGINEER, "/codec/decode", JsonFormat.printer().print(input));
            assertThat(decoded.statusCode()).as(decoded.body()).isEqualTo(200);
            Payloads.Builder plain = Payloads.newBuilder();
            JsonFormat.parser().merge(decoded.body(), plain);
            assertThat(plain.getPayloads(0).getMetadataOrThrow("encoding").toStringUtf8())
                    .isEqualTo("json/plain");
            assertThat(plain.getPayloads(0).getData().toStringUtf8()).contains(journeyId);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private static String latin1(ByteString bytes) {
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static List<String> secretsOf(Sample sample) {
        if (sample.front() instanceof SampleImage.Mainland mainland) {
            return List.of(mainland.card().idNumber(), mainland.card().name(), sample.customerRef());
        }
        if (sample.front() instanceof SampleImage.PhonePhoto photo) {
            return List.of(photo.card().idNumber(), photo.card().name(), sample.customerRef());
        }
        SampleImage.Foreign foreign = (SampleImage.Foreign) sample.front();
        return List.of(foreign.card().documentNumber(), foreign.card().surname(), sample.customerRef());
    }
}
