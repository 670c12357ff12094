package io.onboarding.kyc.devstack;

import static io.onboarding.kyc.devstack.DevstackClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tencent misbehaving, as the sandbox's fault injection makes it: each transient failure is retried to
 * success, each final answer is taken at once, and a quota is waited out without a journey failing.
 */
class VendorFaultsEndToEndIT {

    private static final String OCR = "RecognizeMainlandIDCardOCR";
    private static final String VERIFY = "IdCardOCRVerification";
    private static final String COMPARE = "CheckIdCardInformation";

    private static Devstack devstack;
    private static DevstackClient client;

    @BeforeAll
    static void startDevstack() {
        TestDatabase db = TestDatabase.shared();
        // A short read timeout, so that a hung call is given up on (and retried) in seconds rather than 20.
        devstack = Devstack.start(
                DevstackSettings.forTests(db.url(), db.user(), db.password()), Map.of("tencent.read-timeout", "2s"));
        client = new DevstackClient(devstack);
    }

    @AfterAll
    static void stopDevstack() {
        if (devstack != null) {
            devstack.close();
        }
    }

    @BeforeEach
    void cleanSandbox() {
        client.sandbox("DELETE", "/faults", null);
        client.sandbox("DELETE", "/quotas", null);
        devstack.sandbox().ledger().clear();
    }

    @Test
    void transientFailuresAreRetriedUntilTheJourneyIsApproved() {
        client.sandbox("POST", "/faults", """
                [{"action":"RecognizeMainlandIDCardOCR","kind":"http5xx","code":"502","count":1},
                 {"action":"RecognizeMainlandIDCardOCR","kind":"reset","count":1},
                 {"action":"IdCardOCRVerification","kind":"result","code":"-4","count":1},
                 {"action":"IdCardOCRVerification","kind":"result","code":"-6","count":1},
                 {"action":"CheckIdCardInformation","kind":"error","code":"InternalError","count":1}]""");

        JsonNode journey = client.awaitStopped(client.start(SampleCatalogue.APPROVED));

        assertThat(journey.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(resultCodes(OCR)).contains("HTTP 502", "RESET").endsWith("Success");
        assertThat(resultCodes(VERIFY)).containsExactly("-4", "-6", "0");
        assertThat(resultCodes(COMPARE)).containsExactly("InternalError", "Success");
    }

    @Test
    void aCallHangingPastTheClientTimeoutIsRetried() {
        client.sandbox("POST", "/faults", """
                {"action":"IdCardOCRVerification","kind":"hang","latencyMs":60000,"count":1}""");

        JsonNode journey = client.awaitStopped(client.start(SampleCatalogue.APPROVED));

        assertThat(journey.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(resultCodes(VERIFY)).containsExactly("HANG", "0");
    }

    @Test
    void aFinalAnswerIsTakenAtOnceAndNeverAskedAgain() {
        client.sandbox("POST", "/faults", """
                {"action":"RecognizeMainlandIDCardOCR","kind":"error","code":"FailedOperation.ImageBlur","count":1}""");

        JsonNode journey = client.awaitStopped(client.start(SampleCatalogue.REJECTED_NAME_MISMATCH));

        assertThat(journey.path("status").asText()).isEqualTo("WAITING_RETAKE");
        assertThat(texts(journey.path("reasons"))).containsExactly("DOCUMENT_UNREADABLE");
        assertThat(resultCodes(OCR)).containsExactly("FailedOperation.ImageBlur");
    }

    @Test
    void aBrokenAccountFailsTheJourneyWithoutRetrying() {
        client.sandbox("POST", "/faults", """
                {"action":"RecognizeMainlandIDCardOCR","kind":"error","code":"AuthFailure.SecretIdNotFound","count":1}""");

        JsonNode journey = client.awaitStopped(client.start(SampleCatalogue.REJECTED_NAME_MISMATCH));

        assertThat(journey.path("status").asText()).isEqualTo("FAILED");
        assertThat(texts(journey.path("reasons"))).containsExactly("VENDOR_CONFIGURATION");
        assertThat(resultCodes(OCR)).containsExactly("AuthFailure.SecretIdNotFound");
    }

    @Test
    void aBurstOverTencentsQuotaIsWaitedOutWithoutASingleJourneyFailing() {
        client.sandbox("PUT", "/quotas", "{\"RecognizeMainlandIDCardOCR\": 2}");

        List<String> journeys = IntStream.range(0, 5)
                .mapToObj(i -> client.start(SampleCatalogue.APPROVED))
                .toList();

        for (String journeyId : journeys) {
            assertThat(client.awaitStopped(journeyId).path("outcome").asText())
                    .as(journeyId)
                    .isEqualTo("APPROVED");
        }
        assertThat(resultCodes(OCR)).contains("RequestLimitExceeded");
        assertThat(resultCodes(OCR).stream().filter("Success"::equals)).hasSize(2 * journeys.size());
    }

    /**
     * The card check is stuck behind Tencent's errors (the poll retries, its step RUNNING) when two cancels
     * arrive a few milliseconds apart: both are accepted, the journey ends CANCELLED with no step left
     * running, and a cancel later still answers as the first did. A journey that ended otherwise refuses.
     */
    @Test
    void cancelWhileAVendorCallRetriesClosesTheStepAndRepeatsAnswerAlike() throws Exception {
        client.sandbox("POST", "/faults", """
                {"action":"GetCardVerificationExternalResult","kind":"error","code":"FailedOperation.UnKnowError"}""");
        String journeyId = client.start(SampleCatalogue.APPROVED_HONG_KONG);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> resultCodes("GetCardVerificationExternalResult").size() >= 2);
        assertThat(client.journey(journeyId).path("steps").findValuesAsText("status"))
                .contains("RUNNING");

        List<CompletableFuture<HttpResponse<String>>> cancels = IntStream.range(0, 2)
                .mapToObj(i -> CompletableFuture.supplyAsync(() ->
                        client.support("/v1/journeys/" + journeyId + "/cancel", "{\"reason\":\"customer left\"}")))
                .toList();
        for (CompletableFuture<HttpResponse<String>> cancel : cancels) {
            assertThat(cancel.get().statusCode()).as(cancel.get().body()).isEqualTo(202);
        }

        JsonNode journey = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(journey.path("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(journey.path("steps").findValuesAsText("status")).doesNotContain("RUNNING");
        assertThat(journey.path("steps").findValuesAsText("name")).containsExactly("CARD_VERIFICATION", "DECISION");
        assertThat(journey.path("steps").get(0).path("status").asText()).isEqualTo("SKIPPED");
        assertThat(journey.path("steps").get(0).path("detail").asText()).isEqualTo("CANCELLED");

        HttpResponse<String> later = client.support("/v1/journeys/" + journeyId + "/cancel", "{}");
        assertThat(later.statusCode()).as(later.body()).isEqualTo(202);
        assertThat(DevstackClient.json(later.body()).path("outcome").asText()).isEqualTo("CANCELLED");

        client.sandbox("DELETE", "/faults", null);
        String rejected = client.start(SampleCatalogue.REJECTED_NAME_MISMATCH);
        assertThat(client.awaitStatus(rejected, "COMPLETED").path("outcome").asText())
                .isEqualTo("REJECTED");
        assertThat(client.support("/v1/journeys/" + rejected + "/cancel", "{}").statusCode())
                .isEqualTo(409);
    }

    // --- a journey that waits says on what and until when, and support finds it by that ---------------------

    @Test
    void aJourneyBehindAFailingVendorCallSaysItWaitsOnTheRetriesUntilTheyGiveUp() {
        client.sandbox("POST", "/faults", """
                {"action":"IdCardOCRVerification","kind":"error","code":"InternalError"}""");
        String journeyId = client.start(SampleCatalogue.APPROVED);

        JsonNode journey = awaitWaitingOn(journeyId, "VENDOR_RETRY");
        JsonNode waiting = journey.path("waiting");
        assertThat(journey.path("status").asText()).isEqualTo("RUNNING");
        assertThat(journey.path("step").asText()).isEqualTo("ID_VERIFICATION");
        assertThat(waiting.path("detail").asText()).isEqualTo("IdCardOCRVerification InternalError");
        assertThat(Duration.between(instant(waiting, "since"), instant(waiting, "until")))
                .as("the retries give up half an hour after the call was first scheduled")
                .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
        assertThat(found("waiting=vendor-retry")).contains(journeyId);
        assertThat(found("waiting=vendor-retry&sort=waiting")).contains(journeyId);
        assertThat(found("waiting=daily-limit")).doesNotContain(journeyId);

        client.sandbox("DELETE", "/faults", null);
        JsonNode approved = client.awaitStopped(journeyId);
        assertThat(approved.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("waiting").isNull()).isTrue();
        assertThat(found("waiting=vendor-retry")).doesNotContain(journeyId);
    }

    @Test
    void aJourneyOverTheAuthoritysDailyLimitSaysItWaitsForTheNextBeijingDay() {
        client.sandbox("POST", "/faults", """
                {"action":"IdCardOCRVerification","kind":"result","code":"-7","count":1}""");
        String journeyId = client.start(SampleCatalogue.APPROVED);

        JsonNode journey = awaitWaitingOn(journeyId, "DAILY_LIMIT");
        JsonNode waiting = journey.path("waiting");
        assertThat(journey.path("status").asText()).isEqualTo("RUNNING");
        assertThat(texts(journey.path("reasons"))).containsExactly("ID_VERIFICATION_DAILY_LIMIT");
        assertThat(waiting.path("detail").asText()).isEqualTo("ID_VERIFICATION_DAILY_LIMIT");
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        assertThat(instant(waiting, "until"))
                .isEqualTo(instant(waiting, "since")
                        .atZone(beijing)
                        .toLocalDate()
                        .plusDays(1)
                        .atTime(0, 5)
                        .atZone(beijing)
                        .toInstant());
        assertThat(found("waiting=daily-limit")).contains(journeyId);
        assertThat(found("waiting=daily-limit&waitingLongerThan=PT0S&sort=waiting"))
                .contains(journeyId);

        assertThat(client.support("/v1/journeys/" + journeyId + "/cancel", "{}").statusCode())
                .isEqualTo(202);
        JsonNode cancelled = client.awaitStatus(journeyId, "COMPLETED");
        assertThat(cancelled.path("waiting").isNull()).isTrue();
        assertThat(found("waiting=daily-limit")).doesNotContain(journeyId);
    }

    @Test
    void aForeignCardBeingPolledSaysTheJourneyWaitsOnItsVerdictUntilTheLastPoll() {
        // two slow answers, still inside the client's timeout: the wait lasts long enough to be seen
        client.sandbox("POST", "/faults", """
                {"action":"GetCardVerificationExternalResult","kind":"latency","latencyMs":1500,"count":2}""");
        String journeyId = client.start(SampleCatalogue.APPROVED_HONG_KONG);

        JsonNode journey = awaitWaitingOn(journeyId, "CARD_VERIFICATION");
        JsonNode waiting = journey.path("waiting");
        assertThat(journey.path("status").asText()).isEqualTo("RUNNING");
        assertThat(waiting.path("detail").asText()).isEqualTo("CARD_VERIFICATION_PENDING");
        assertThat(Duration.between(instant(waiting, "since"), instant(waiting, "until")))
                .as("the successor API leaves the schedule to us: 60 polls, 5 s apart")
                .isEqualTo(Duration.ofMinutes(5));

        JsonNode approved = client.awaitStopped(journeyId);
        assertThat(approved.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("waiting").isNull()).isTrue();
    }

    private static JsonNode awaitWaitingOn(String journeyId, String on) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    last[0] = client.journey(journeyId);
                    return on.equals(last[0].path("waiting").path("on").asText());
                });
        return last[0];
    }

    /** The journeys a support search finds, newest first, by id. */
    private static List<String> found(String query) {
        HttpResponse<String> answer = client.send(DevstackKeys.Seat.SUPPORT, "GET", "/v1/journeys?limit=100&" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return DevstackClient.json(answer.body()).path("journeys").findValuesAsText("journeyId");
    }

    private static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.path(field).asText());
    }

    private static List<String> resultCodes(String action) {
        return devstack.sandbox().ledger().calls().stream()
                .filter(call -> call.action().equals(action))
                .map(LedgerEntry::resultCode)
                .toList();
    }
}
