package io.onboarding.kyc.web.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.callback.CallbackAttempt;
import io.onboarding.kyc.store.callback.CallbackAttemptKey;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.callback.DeliveryState;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.store.vendor.VendorCall;
import io.onboarding.kyc.store.vendor.VendorCallStore;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestImages;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /v1/journeys/{id}/timeline} over real HTTP on rows written through the stores, as the worker and the
 * API write them: every kind of event with its fields, in the order things happened, and who may read it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineApiIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOOK = "https://hooks.bank.example/kyc/events";
    private static final String OCR = "RecognizeMainlandIDCardOCR";

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Inject
    JourneyStore journeys;

    @Inject
    VendorCallStore vendorCalls;

    @Inject
    CallbackStore callbacks;

    @Inject
    SupportActions supportActions;

    @Inject
    DocumentStore documents;

    private KeyedHttp http;
    private IssuedKey product;
    private String otherProduct;
    private String support;
    private String engineer;
    private String admin;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void keys() {
        http = new KeyedHttp(server.getURI());
        product = TestKeys.issue(context, "timeline-product", ApiRole.PRODUCT);
        otherProduct = TestKeys.secret(context, "timeline-other", ApiRole.PRODUCT);
        support = TestKeys.secret(context, "timeline-support", ApiRole.SUPPORT);
        engineer = TestKeys.secret(context, "timeline-engineer", ApiRole.ENGINEER);
        admin = TestKeys.secret(context, "timeline-admin", ApiRole.ADMIN);
    }

    @Test
    void everyKindOfEventShowsWithItsFieldsInTheOrderItHappened() throws Exception {
        String journeyId = startedJourney();
        record(journeyId, 1, "RUNNING", null, "OCR_FRONT", "RUNNING", null, null, "");
        vendorCalls.record(
                new VendorCall(
                        null,
                        journeyId,
                        "OCR_FRONT",
                        "doc_subject",
                        2,
                        OCR,
                        "req-ocr-1",
                        "Success",
                        true,
                        321,
                        Instant.now(),
                        null,
                        null),
                "{\"paid\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        record(journeyId, 2, "RUNNING", null, "OCR_FRONT", "PASSED", "req-ocr-1", null, "");
        record(journeyId, 3, "WAITING_REVIEW", null, "REVIEW", "RUNNING", null, "LOW_QUALITY", "LOW_QUALITY");
        String delivery = callbacks.history(journeyId).get(0).delivery().id();
        callbacks.recordAttempt(
                new CallbackAttempt(new CallbackAttemptKey(delivery, 1), Instant.now(), 503, 45, "answered 503"));
        callbacks.recordAttempt(new CallbackAttempt(new CallbackAttemptKey(delivery, 2), Instant.now(), 204, 12, null));
        callbacks.finish(delivery, DeliveryState.DELIVERED);
        supportActions.record(journeyId, "desk-7", SupportAction.Kind.REVIEW_CLAIMED, null);
        supportActions.record(journeyId, "desk-7", SupportAction.Kind.REVIEW_APPROVED, "the photo is sharp enough");
        record(journeyId, 4, "RUNNING", null, "REVIEW", "PASSED", null, "APPROVE by desk-7", "");
        record(journeyId, 5, "COMPLETED", "APPROVED", "DECISION", "PASSED", null, "APPROVED", "");
        supportActions.record(journeyId, "desk-7", SupportAction.Kind.DOCUMENT_READ, "FRONT");
        documents.save(journeyId, "FRONT", "image/png", TestImages.cardPng());

        HttpResponse<String> answer = http.send(support, "GET", "/v1/journeys/" + journeyId + "/timeline", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode timeline = JSON.readTree(answer.body());
        assertThat(timeline.get("journeyId").asText()).isEqualTo(journeyId);
        JsonNode events = timeline.get("events");
        assertThat(labels(events))
                .containsExactly(
                        "document FRONT",
                        "step OCR_FRONT RUNNING",
                        "vendor-call OCR_FRONT",
                        "step OCR_FRONT PASSED",
                        "step REVIEW RUNNING",
                        "journey WAITING_REVIEW",
                        "callback-delivery journey.waiting_review",
                        "callback-attempt 503",
                        "callback-attempt 204",
                        "support-action REVIEW_CLAIMED",
                        "support-action REVIEW_APPROVED",
                        "step REVIEW PASSED",
                        "journey RUNNING",
                        "step DECISION PASSED",
                        "journey COMPLETED",
                        "callback-delivery journey.completed",
                        "support-action DOCUMENT_READ",
                        "document FRONT");
        for (int i = 1; i < events.size(); i++) {
            assertThat(Instant.parse(events.get(i).get("at").asText()))
                    .as("event %d is not before the one ahead of it", i)
                    .isAfterOrEqualTo(Instant.parse(events.get(i - 1).get("at").asText()));
        }

        JsonNode call = events.get(2);
        assertThat(call.get("action").asText()).isEqualTo(OCR);
        assertThat(call.get("requestId").asText()).isEqualTo("req-ocr-1");
        assertThat(call.get("resultCode").asText()).isEqualTo("Success");
        assertThat(call.get("billable").asBoolean()).isTrue();
        assertThat(call.get("latencyMs").asInt()).isEqualTo(321);
        assertThat(call.get("attempt").asInt()).isEqualTo(2);
        // what was asked and the paid answer stay in the audit
        assertThat(call.has("subject")).isFalse();
        assertThat(call.has("sealedAnswer")).isFalse();

        JsonNode passed = events.get(3);
        assertThat(passed.get("sequence").asInt()).isEqualTo(2);
        assertThat(passed.get("run").asInt()).isEqualTo(1);
        assertThat(passed.get("vendorRequestId").asText()).isEqualTo("req-ocr-1");
        JsonNode waiting = events.get(5);
        assertThat(waiting.get("status").asText()).isEqualTo("WAITING_REVIEW");
        assertThat(waiting.get("outcome").isNull()).isTrue();
        assertThat(waiting.get("reasons").get(0).asText()).isEqualTo("LOW_QUALITY");
        JsonNode firstDelivery = events.get(6);
        assertThat(firstDelivery.get("deliveryId").asText()).isEqualTo(delivery);
        assertThat(firstDelivery.get("state").asText()).isEqualTo("DELIVERED");
        JsonNode failedAttempt = events.get(7);
        assertThat(failedAttempt.get("deliveryId").asText()).isEqualTo(delivery);
        assertThat(failedAttempt.get("attempt").asInt()).isEqualTo(1);
        assertThat(failedAttempt.get("latencyMs").asInt()).isEqualTo(45);
        assertThat(failedAttempt.get("error").asText()).isEqualTo("answered 503");
        assertThat(events.get(8).get("error").isNull()).isTrue();
        JsonNode approved = events.get(10);
        assertThat(approved.get("actor").asText()).isEqualTo("desk-7");
        assertThat(approved.get("detail").asText()).isEqualTo("the photo is sharp enough");
        assertThat(events.get(11).get("detail").asText()).isEqualTo("APPROVE by desk-7");
        assertThat(events.get(14).get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(events.get(0).get("upload").asInt()).isEqualTo(1);
        assertThat(events.get(17).get("upload").asInt()).isEqualTo(2);
    }

    @Test
    void theOwnerAndSupportReadItAndNobodyElse() throws Exception {
        String journeyId = startedJourney();
        String path = "/v1/journeys/" + journeyId + "/timeline";
        supportActions.record(journeyId, "desk-9", SupportAction.Kind.DOCUMENT_READ, "FRONT");

        HttpResponse<String> owner = http.send(product.secret(), "GET", path, null);
        assertThat(owner.statusCode()).as(owner.body()).isEqualTo(200);
        // the support desk's own audit is not the product's to read
        assertThat(labels(JSON.readTree(owner.body()).get("events"))).containsExactly("document FRONT");
        assertThat(owner.body()).doesNotContain("desk-9");
        HttpResponse<String> desk = http.send(support, "GET", path, null);
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(desk.body()).get("events").findValuesAsText("kind"))
                .contains("support-action");
        assertThat(desk.body()).contains("desk-9");

        HttpResponse<String> other = http.send(otherProduct, "GET", path, null);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(other.body()).get("type").asText()).endsWith("/journey-not-found");
        assertThat(http.send(engineer, "GET", path, null).statusCode()).isEqualTo(403);
        assertThat(http.send(admin, "GET", path, null).statusCode()).isEqualTo(403);
        assertThat(http.send(null, "GET", path, null).statusCode()).isEqualTo(401);
        assertThat(http.send(support, "GET", "/v1/journeys/jny_00000000000000000000000000/timeline", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.send(support, "GET", "/v1/journeys/not-an-id/timeline", null)
                        .statusCode())
                .isEqualTo(404);
    }

    private String startedJourney() throws Exception {
        String start = KeyedHttp.startBody("crm-timeline-" + UUID.randomUUID());
        String body = start.substring(0, start.length() - 1) + ",\"callbackUrl\":\"" + HOOK + "\"}";
        HttpResponse<String> started = http.send(product.secret(), "POST", "/v1/journeys", body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).get("journeyId").asText();
    }

    /** Records a timeline row as the worker's recording activity does, stamped now. */
    private void record(
            String journeyId,
            int sequence,
            String status,
            String outcome,
            String step,
            String stepStatus,
            String vendorRequestId,
            String detail,
            String reasons) {
        journeys.record(new TimelineEntry(
                new TimelineKey(journeyId, sequence),
                Instant.now(),
                status,
                outcome,
                step,
                stepStatus,
                vendorRequestId,
                detail,
                reasons));
    }

    /** Each event as its kind and the fields that tell it from its neighbours. */
    private static List<String> labels(JsonNode events) {
        List<String> labels = new ArrayList<>();
        for (JsonNode event : events) {
            String kind = event.get("kind").asText();
            labels.add(
                    switch (kind) {
                        case "document" -> kind + " " + event.get("side").asText();
                        case "step" ->
                            kind + " " + event.get("step").asText() + " "
                                    + event.get("status").asText();
                        case "journey" -> kind + " " + event.get("status").asText();
                        case "vendor-call" -> kind + " " + event.get("step").asText();
                        case "callback-delivery" ->
                            kind + " " + event.get("eventType").asText();
                        case "callback-attempt" ->
                            kind + " " + event.get("statusCode").asText();
                        case "support-action" ->
                            kind + " " + event.get("action").asText();
                        default -> "unknown " + kind;
                    });
        }
        return labels;
    }
}
