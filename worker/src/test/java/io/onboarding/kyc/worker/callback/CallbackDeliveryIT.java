package io.onboarding.kyc.worker.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.contract.journey.Step;
import io.onboarding.kyc.contract.journey.StepStatus;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.callback.CallbackStore.DeliveryHistory;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.worker.TestWorkers;
import io.onboarding.kyc.worker.WorkerApplication;
import io.onboarding.kyc.worker.callback.CallbackReceiver.Answer;
import io.onboarding.kyc.worker.callback.CallbackReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Callbacks through the real worker on Temporal's own server, to a real HTTP receiver on loopback: a journey's
 * recorded move starts a delivery, the signature verifies, 5xx, 429 and timeouts are retried, a 4xx stops, and
 * every attempt is kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallbackDeliveryIT {

    private ApplicationContext worker;
    private JourneyRecordActivities recorder;
    private JourneyStore journeys;
    private CallbackStore callbacks;
    private IssuedKey product;

    @BeforeAll
    void startWorker() {
        Map<String, Object> properties = TestWorkers.properties();
        // the receiver is on loopback, as devstack's are; retries come quickly so the test is short
        properties.put("kyc.callbacks.allow-loopback-http", true);
        properties.put("kyc.callbacks.allow-private-addresses", true);
        properties.put("kyc.callbacks.first-retry", "300ms");
        properties.put("kyc.callbacks.longest-wait", "1s");
        worker = WorkerApplication.micronaut().properties(properties).start();
        recorder = worker.getBean(JourneyRecordActivities.class);
        journeys = worker.getBean(JourneyStore.class);
        callbacks = worker.getBean(CallbackStore.class);
        product = worker.getBean(ApiKeyStore.class)
                .create("callback-it-" + UUID.randomUUID().toString().substring(0, 8), Set.of(ApiRole.PRODUCT));
    }

    @AfterAll
    void stopWorker() {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void aCompletedJourneyIsDeliveredOnceSignedWithTheKeysCallbackSecret() throws Exception {
        try (CallbackReceiver receiver = new CallbackReceiver(n -> Answer.of(204))) {
            String journeyId = journeyWithCallback(receiver.url());

            recorder.record(event(journeyId, 1, JourneyStatus.RUNNING, null, Step.OCR_FRONT, StepStatus.RUNNING));
            recorder.record(
                    event(journeyId, 2, JourneyStatus.COMPLETED, Outcome.APPROVED, Step.DECISION, StepStatus.PASSED));

            DeliveryHistory delivered = awaitEnded(journeyId, "DELIVERED");
            assertThat(receiver.received()).hasSize(1);
            Received request = receiver.received().get(0);
            assertThat(request.body())
                    .isEqualTo("{\"id\":\"evt_" + journeyId + "_2\",\"type\":\"journey.completed\",\"journeyId\":\""
                            + journeyId + "\",\"status\":\"COMPLETED\",\"outcome\":\"APPROVED\",\"reasons\":[],"
                            + "\"occurredAt\":\"2026-11-30T10:00:02Z\"}");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("X-KYC-Event-Id")).isEqualTo("evt_" + journeyId + "_2");
            assertSignedBy(product.callbackSecret(), request);
            assertThat(delivered.attempts()).singleElement().satisfies(attempt -> {
                assertThat(attempt.statusCode()).isEqualTo(204);
                assertThat(attempt.error()).isNull();
            });
        }
    }

    @Test
    void serverErrorsAndTooManyRequestsAreRetriedUntilA2xx() throws Exception {
        List<Integer> script = List.of(500, 503, 429, 200);
        try (CallbackReceiver receiver = new CallbackReceiver(n -> Answer.of(script.get(Math.min(n, 4) - 1)))) {
            String journeyId = journeyWithCallback(receiver.url());

            recorder.record(event(journeyId, 1, JourneyStatus.WAITING_REVIEW, null, Step.DECISION, StepStatus.RUNNING));

            DeliveryHistory delivered = awaitEnded(journeyId, "DELIVERED");
            assertThat(delivered.delivery().eventType()).isEqualTo("journey.waiting_review");
            assertThat(delivered.attempts()).extracting(a -> a.statusCode()).containsExactly(500, 503, 429, 200);
            assertThat(delivered.attempts().get(0).error()).isEqualTo("the receiver answered 500");
            assertThat(delivered.attempts()).extracting(a -> a.key().attempt()).containsExactly(1, 2, 3, 4);
            // every attempt carries the same event, each signed at its own time
            assertThat(receiver.received())
                    .extracting(Received::body)
                    .containsOnly(receiver.received().get(0).body());
            receiver.received().forEach(request -> assertSignedBy(product.callbackSecret(), request));
        }
    }

    @Test
    void aReceiverSlowerThanFiveSecondsIsTimedOutAndTriedAgain() throws Exception {
        try (CallbackReceiver receiver = new CallbackReceiver(n -> n == 1 ? new Answer(200, 7_000) : Answer.of(200))) {
            String journeyId = journeyWithCallback(receiver.url());

            recorder.record(event(journeyId, 1, JourneyStatus.WAITING_RETAKE, null, Step.OCR_FRONT, StepStatus.FAILED));

            DeliveryHistory delivered = awaitEnded(journeyId, "DELIVERED");
            assertThat(delivered.attempts()).hasSize(2);
            assertThat(delivered.attempts().get(0).statusCode()).isNull();
            assertThat(delivered.attempts().get(0).error()).isEqualTo("no answer within 5 s");
            assertThat(delivered.attempts().get(0).latencyMs()).isBetween(4_900, 6_500);
            assertThat(delivered.attempts().get(1).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientErrorStopsTheRetries() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (CallbackReceiver receiver = new CallbackReceiver(n -> {
            calls.incrementAndGet();
            return Answer.of(410);
        })) {
            String journeyId = journeyWithCallback(receiver.url());

            recorder.record(event(journeyId, 1, JourneyStatus.FAILED, null, null, null));

            DeliveryHistory refused = awaitEnded(journeyId, "REFUSED");
            assertThat(refused.attempts()).singleElement().satisfies(attempt -> {
                assertThat(attempt.statusCode()).isEqualTo(410);
                assertThat(attempt.error()).isEqualTo("the receiver refused the event with 410");
            });
            // well past the first retry's wait: nothing more came
            Thread.sleep(1_500);
            assertThat(calls).hasValue(1);
        }
    }

    @Test
    void aDeadReceiverIsRetriedAndEveryAttemptIsKept() throws Exception {
        String journeyId;
        String url;
        try (CallbackReceiver gone = new CallbackReceiver(n -> Answer.of(200))) {
            url = gone.url();
        }
        journeyId = journeyWithCallback(url);

        recorder.record(event(journeyId, 1, JourneyStatus.COMPLETED, Outcome.REJECTED, null, null));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(history(journeyId).attempts())
                        .hasSizeGreaterThanOrEqualTo(3)
                        .allSatisfy(attempt -> {
                            assertThat(attempt.statusCode()).isNull();
                            assertThat(attempt.error()).startsWith("could not connect: ");
                        }));
        assertThat(history(journeyId).delivery().state()).isEqualTo("PENDING");
    }

    @Test
    void onlyAMoveIntoANewStatusIsCalledBack() throws Exception {
        try (CallbackReceiver receiver = new CallbackReceiver(n -> Answer.of(200))) {
            String journeyId = journeyWithCallback(receiver.url());

            recorder.record(event(journeyId, 1, JourneyStatus.RUNNING, null, Step.OCR_FRONT, StepStatus.RUNNING));
            recorder.record(event(journeyId, 2, JourneyStatus.WAITING_REVIEW, null, Step.DECISION, StepStatus.RUNNING));
            recorder.record(event(journeyId, 3, JourneyStatus.WAITING_REVIEW, null, Step.DECISION, StepStatus.RUNNING));
            // a retried recording of the same event
            recorder.record(event(journeyId, 2, JourneyStatus.WAITING_REVIEW, null, Step.DECISION, StepStatus.RUNNING));
            recorder.record(
                    event(journeyId, 4, JourneyStatus.COMPLETED, Outcome.APPROVED, Step.DECISION, StepStatus.PASSED));

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(callbacks.history(journeyId))
                            .extracting(h -> h.delivery().state())
                            .containsExactly("DELIVERED", "DELIVERED"));
            assertThat(callbacks.history(journeyId))
                    .extracting(h -> h.delivery().eventType())
                    .containsExactly("journey.waiting_review", "journey.completed");
            assertThat(receiver.received()).hasSize(2);
        }
    }

    @Test
    void aJourneyWithoutACallbackUrlCausesNoDelivery() {
        String journeyId = journey();

        recorder.record(event(journeyId, 1, JourneyStatus.COMPLETED, Outcome.APPROVED, null, null));

        assertThat(callbacks.history(journeyId)).isEmpty();
    }

    private String journeyWithCallback(String url) {
        String journeyId = journey();
        callbacks.register(journeyId, url, product.key().id());
        return journeyId;
    }

    private String journey() {
        return TestWorkers.runningJourney(journeys, product.key().id());
    }

    private static JourneyEvent event(
            String journeyId, int sequence, JourneyStatus status, Outcome outcome, Step step, StepStatus stepStatus) {
        Instant at = Instant.parse("2026-11-30T10:00:00Z").plus(sequence, ChronoUnit.SECONDS);
        return new JourneyEvent(
                journeyId, sequence, at, status, outcome, step, stepStatus, null, null, List.of(), null);
    }

    private DeliveryHistory awaitEnded(String journeyId, String state) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(
                        () -> assertThat(history(journeyId).delivery().state()).isEqualTo(state));
        return history(journeyId);
    }

    private DeliveryHistory history(String journeyId) {
        List<DeliveryHistory> all = callbacks.history(journeyId);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** Verifies as docs/callbacks.md tells a receiver to, written here independently of the engine's signer. */
    private static void assertSignedBy(String secret, Received request) {
        String header = request.header("X-KYC-Signature");
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        assertThat(Math.abs(Long.parseLong(t) - request.receivedAtMillis() / 1000))
                .isLessThanOrEqualTo(5);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected =
                    HexFormat.of().formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
            assertThat(v1).isEqualTo(expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
