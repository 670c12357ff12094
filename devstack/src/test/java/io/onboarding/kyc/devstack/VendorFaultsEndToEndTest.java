package io.onboarding.kyc.devstack;

import static io.onboarding.kyc.devstack.DevstackClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tencent misbehaving, as the sandbox's fault injection makes it: each transient failure is retried to
 * success, each final answer is taken at once, and a quota is waited out without a journey failing.
 */
class VendorFaultsEndToEndTest {

    private static final String OCR = "RecognizeMainlandIDCardOCR";
    private static final String VERIFY = "IdCardOCRVerification";
    private static final String COMPARE = "CheckIdCardInformation";

    private static Devstack devstack;
    private static DevstackClient client;

    @BeforeAll
    static void startDevstack() {
        TestDatabase db = TestDatabase.shared();
        // A short read timeout, so that a hung call is given up on (and retried) in seconds rather than 20.
        devstack = Devstack.start(DevstackSettings.forTests(db.url(), db.user(), db.password()),
                Map.of("tencent.read-timeout", "2s"));
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

        List<String> journeys = IntStream.range(0, 5).mapToObj(i -> client.start(SampleCatalogue.APPROVED)).toList();

        for (String journeyId : journeys) {
            assertThat(client.awaitStopped(journeyId).path("outcome").asText()).as(journeyId).isEqualTo("APPROVED");
        }
        assertThat(resultCodes(OCR)).contains("RequestLimitExceeded");
        assertThat(resultCodes(OCR).stream().filter("Success"::equals)).hasSize(2 * journeys.size());
    }

    private static List<String> resultCodes(String action) {
        return devstack.sandbox().ledger().calls().stream()
                .filter(call -> call.action().equals(action))
                .map(LedgerEntry::resultCode)
                .toList();
    }
}
