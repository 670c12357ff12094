package io.onboarding.kyc.sandbox.quota;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.SandboxClient;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.TencentSandbox;
import io.onboarding.kyc.sandbox.TestCards;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-action request frequency limits, over HTTP, with the documented defaults. */
class QuotaIT {

    private static final Map<String, String> LI_MING = Map.of("IdCard", TestCards.LI_MING_ID, "Name", "李明");

    private TencentSandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() {
        sandbox = TencentSandbox.start(SandboxConfig.defaults().withPort(0));
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /**
     * Fires the calls from several threads at once and collects their error codes (null for a success). A burst
     * that took most of a second on a starved machine proves nothing about a one-second window: the test is then
     * skipped rather than failed.
     */
    private List<String> burst(int calls, Callable<JsonNode> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                answers.add(threads.submit(call));
            }
            List<String> codes = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                codes.add(errorCode(answer.get()));
            }
            Assumptions.assumeTrue(
                    System.nanoTime() - started < 800_000_000L, "the burst was too slow to be one burst");
            return codes;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theDocumentedDefaultsApplyToEveryActionServed() throws IOException {
        JsonNode quotas =
                SandboxClient.JSON.readTree(client.get("/_sandbox/quotas").body());

        assertThat(SandboxClient.JSON.convertValue(quotas, new TypeReference<Map<String, Integer>>() {}))
                .isEqualTo(Map.of(
                        "RecognizeMainlandIDCardOCR",
                        20,
                        "IDCardOCR",
                        20,
                        "IdCardOCRVerification",
                        100,
                        "CheckIdCardInformation",
                        100,
                        "ApplyCardVerification",
                        100,
                        "GetCardVerificationResult",
                        100,
                        "ApplyCardVerificationExternal",
                        20,
                        "GetCardVerificationExternalResult",
                        20));
    }

    @Test
    void aBurstOverTheOcrLimitGetsRequestLimitExceededForTheExcessOnly() throws Exception {
        // An empty OCR request is refused for its missing image after it has been counted: cheap and still counted.
        List<String> codes = burst(30, () -> client.post("RecognizeMainlandIDCardOCR", Map.of()));

        assertThat(codes).filteredOn("RequestLimitExceeded"::equals).hasSize(10);
        assertThat(codes).filteredOn("InvalidParameter"::equals).hasSize(20);
        assertThat(sandbox.ledger().calls())
                .filteredOn(entry -> entry.resultCode().equals("RequestLimitExceeded"))
                .hasSize(10)
                .allSatisfy(entry -> assertThat(entry.billable()).isFalse());
    }

    @Test
    void theOcrCardVerificationPairHasTheOcrLimitOfTwentyPerSecond() throws Exception {
        // GetCardVerificationExternalResult's page states 20/s; Apply's stored page states none: the OCR default
        List<String> polls = burst(30, () -> client.post("GetCardVerificationExternalResult", Map.of()));
        List<String> applications = burst(30, () -> client.post("ApplyCardVerificationExternal", Map.of()));

        assertThat(polls).filteredOn("RequestLimitExceeded"::equals).hasSize(10);
        assertThat(polls).filteredOn("MissingParameter"::equals).hasSize(20);
        assertThat(applications).filteredOn("RequestLimitExceeded"::equals).hasSize(10);
        assertThat(applications).filteredOn("MissingParameter"::equals).hasSize(20);
    }

    @Test
    void aQuotaSetThroughTheAdminApiAppliesToItsActionOnly() throws Exception {
        assertThat(client.putJson("/_sandbox/quotas", "{\"IdCardOCRVerification\": 5}")
                        .statusCode())
                .isEqualTo(200);

        List<String> verifications = burst(12, () -> client.post("IdCardOCRVerification", LI_MING));
        List<String> checks = burst(12, () -> client.post("CheckIdCardInformation", Map.of()));

        assertThat(verifications).filteredOn(code -> code == null).hasSize(5);
        assertThat(verifications).filteredOn("RequestLimitExceeded"::equals).hasSize(7);
        assertThat(checks).doesNotContain("RequestLimitExceeded");
    }

    @Test
    void theLimitIsPerSecond() throws Exception {
        client.putJson("/_sandbox/quotas", "{\"IdCardOCRVerification\": 2}");

        List<String> first = burst(3, () -> client.post("IdCardOCRVerification", LI_MING));
        Thread.sleep(1_100);
        String later = errorCode(client.post("IdCardOCRVerification", LI_MING));

        assertThat(first).containsOnlyOnce("RequestLimitExceeded");
        assertThat(later).isNull();
    }

    @Test
    void zeroSwitchesTheLimitOffAndDeleteRestoresTheDefaults() throws Exception {
        client.putJson("/_sandbox/quotas", "{\"*\": 0}");
        assertThat(burst(30, () -> client.post("RecognizeMainlandIDCardOCR", Map.of())))
                .doesNotContain("RequestLimitExceeded");

        assertThat(client.delete("/_sandbox/quotas").statusCode()).isEqualTo(204);
        assertThat(SandboxClient.JSON
                        .readTree(client.get("/_sandbox/quotas").body())
                        .get("RecognizeMainlandIDCardOCR")
                        .asInt())
                .isEqualTo(20);
    }

    @Test
    void refusesQuotasForUnknownActionsOrOfTheWrongShape() {
        assertThat(client.putJson("/_sandbox/quotas", "{\"DescribeInstances\": 5}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.putJson("/_sandbox/quotas", "{\"IdCardOCRVerification\": -1}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.putJson("/_sandbox/quotas", "{\"IdCardOCRVerification\": 2.5}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.putJson("/_sandbox/quotas", "[5]").statusCode()).isEqualTo(400);
        // nothing was applied from a refused request
        assertThat(client.putJson("/_sandbox/quotas", "{\"IdCardOCRVerification\": 7, \"Nope\": 1}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(sandbox.quotas().limit(spec("IdCardOCRVerification"))).isEqualTo(100);
    }

    @Test
    void callsRefusedBeforeRoutingDoNotCount() throws Exception {
        client.putJson("/_sandbox/quotas", "{\"IdCardOCRVerification\": 1}");

        burst(
                5,
                () -> client.call("IdCardOCRVerification")
                        .credentials(SandboxConfig.DEV_SECRET_ID, "wrong")
                        .send(LI_MING));

        assertThat(errorCode(client.post("IdCardOCRVerification", LI_MING))).isNull();
    }

    private static io.onboarding.kyc.sandbox.action.ActionSpec spec(String name) {
        return new io.onboarding.kyc.sandbox.action.ActionSpec(
                name,
                io.onboarding.kyc.sandbox.action.Product.FACEID,
                "2018-03-01",
                io.onboarding.kyc.sandbox.action.RegionRule.none(),
                Map.of());
    }
}
