package io.onboarding.kyc.sandbox.fault;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxClient;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TencentSandbox;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.tencent.signing.Tc3Request;
import io.onboarding.kyc.tencent.signing.Tc3Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every fault kind, set through the admin API and observed by clients with short timeouts. */
class FaultInjectionIT extends SandboxHarness {

    private static final String ACTION = "IdCardOCRVerification";
    private static final Map<String, String> LI_MING = Map.of("IdCard", TestCards.LI_MING_ID, "Name", "李明");

    private static JsonNode addFault(String json) throws IOException {
        HttpResponse<String> response = client.postJson("/_sandbox/faults", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return SandboxClient.JSON.readTree(response.body());
    }

    private static LedgerEntry lastCall() {
        List<LedgerEntry> calls = sandbox.ledger().calls();
        assertThat(calls).isNotEmpty();
        return calls.get(calls.size() - 1);
    }

    @Test
    void latencyDelaysThenAnswersAsUsual() throws IOException {
        addFault("{\"action\":\"" + ACTION + "\",\"kind\":\"latency\",\"latencyMs\":400}");

        long started = System.nanoTime();
        JsonNode response = client.post(ACTION, LI_MING);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.get("Result").asText()).isEqualTo("0");
        assertThat(elapsedMs).isGreaterThanOrEqualTo(400);
        assertThat(lastCall().latencyMs()).isGreaterThanOrEqualTo(400);
        assertThat(lastCall().resultCode()).isEqualTo("0");
    }

    @Test
    void errorAnswersTheEnvelopeWithTheDocumentedCodeAndDescription() throws IOException {
        addFault("{\"action\":\"" + ACTION + "\",\"kind\":\"error\",\"code\":\"FailedOperation.UnKnown\"}");

        JsonNode response = client.post(ACTION, LI_MING);

        assertThat(errorCode(response)).isEqualTo("FailedOperation.UnKnown");
        assertThat(response.path("Error").path("Message").asText()).isEqualTo("Unknown internal error.");
        assertThat(response.get("RequestId").asText()).hasSize(36);
        assertThat(lastCall().resultCode()).isEqualTo("FailedOperation.UnKnown");
        assertThat(lastCall().billable()).isFalse();
    }

    @Test
    void aCommonErrorCanBeInjectedForEveryActionAndSpeaksChinese() throws IOException {
        addFault("{\"action\":\"*\",\"kind\":\"error\",\"code\":\"InternalError\"}");

        JsonNode english = client.post("CheckIdCardInformation", Map.of());
        JsonNode chinese = client.call(ACTION).language("zh-CN").send(LI_MING);

        assertThat(errorCode(english)).isEqualTo("InternalError");
        assertThat(errorCode(chinese)).isEqualTo("InternalError");
        assertThat(chinese.path("Error").path("Message").asText()).isEqualTo("内部错误。");
    }

    @Test
    void refusesCodesTheActionCannotAnswerAndActionsNotServed() {
        assertThat(client.postJson(
                                "/_sandbox/faults",
                                "{\"action\":\"" + ACTION
                                        + "\",\"kind\":\"error\",\"code\":\"FailedOperation.CardSideError\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.postJson(
                                "/_sandbox/faults",
                                "{\"action\":\"*\",\"kind\":\"error\",\"code\":\"FailedOperation.OcrFailed\"}")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> unknownAction =
                client.postJson("/_sandbox/faults", "{\"action\":\"DescribeInstances\",\"kind\":\"reset\"}");
        assertThat(unknownAction.statusCode()).isEqualTo(400);
        assertThat(unknownAction.body()).contains("DescribeInstances");
        HttpResponse<String> badRate = client.postJson("/_sandbox/faults", "{\"kind\":\"reset\",\"rate\":1.5}");
        assertThat(badRate.statusCode()).isEqualTo(400);
        assertThat(badRate.body()).contains("rate");
        assertThat(client.postJson("/_sandbox/faults", "{\"kind\":\"teleport\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.postJson("/_sandbox/faults", "{\"kind\":\"reset\",\"colour\":\"red\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(sandbox.faults().list()).isEmpty();
    }

    @Test
    void http5xxAnswersANonJsonStatusThatTheSdkTreatsAsATransportFailure() throws Exception {
        addFault("{\"action\":\"" + ACTION + "\",\"kind\":\"http5xx\",\"code\":\"502\"}");

        HttpResponse<String> response = raw(signed(ACTION, LI_MING), Duration.ofSeconds(10));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(response.body()).contains("502 Bad Gateway").doesNotContain("Response");
        assertThat(lastCall().resultCode()).isEqualTo("HTTP 502");
    }

    @Test
    void resetClosesTheConnectionWithoutAResponse() throws IOException {
        addFault("{\"action\":\"" + ACTION + "\",\"kind\":\"reset\"}");

        assertThatThrownBy(() -> raw(signed(ACTION, LI_MING), Duration.ofSeconds(10)))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThat(lastCall().resultCode()).isEqualTo("RESET");
        assertThat(lastCall().action()).isEqualTo(ACTION);
    }

    @Test
    void hangHoldsTheRequestPastTheClientsTimeout() throws IOException {
        addFault("{\"action\":\"" + ACTION + "\",\"kind\":\"hang\",\"latencyMs\":5000}");

        long started = System.nanoTime();
        assertThatThrownBy(() -> raw(signed(ACTION, LI_MING), Duration.ofMillis(500)))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(450L, 4_000L);
        assertThat(lastCall().resultCode()).isEqualTo("HANG");
        assertThat(lastCall().billable()).isFalse();
    }

    @Test
    void closingTheSandboxDoesNotWaitForAHangingCall() throws Exception {
        TencentSandbox own = TencentSandbox.start(SandboxConfig.defaults()
                .withPort(0)
                .withFaults(List.of(new FaultSpec(ACTION, FaultKind.HANG, null, null, null, null))));
        Thread caller = new Thread(() -> {
            try {
                HTTP.send(
                        signedFor(own, ACTION, LI_MING)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                // expected: the connection goes with the sandbox
            }
        });
        caller.start();
        while (own.ledger().calls().isEmpty()) {
            Thread.sleep(10);
        }

        long started = System.nanoTime();
        own.close();

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
        caller.join(5_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(own.ledger().calls()).extracting(LedgerEntry::resultCode).containsExactly("HANG");
    }

    @Test
    void countFaultsTheNextCallsOnlyAndRateZeroNever() throws IOException {
        addFault("{\"action\":\"" + ACTION
                + "\",\"kind\":\"error\",\"code\":\"FailedOperation.OcrFailed\",\"count\":2}");
        addFault("{\"action\":\"" + ACTION + "\",\"kind\":\"reset\",\"rate\":0}");

        List<String> codes = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> errorCode(client.post(ACTION, LI_MING)))
                .toList();

        assertThat(codes).containsExactly("FailedOperation.OcrFailed", "FailedOperation.OcrFailed", null, null);
        JsonNode listed =
                SandboxClient.JSON.readTree(client.get("/_sandbox/faults").body());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("remaining").asInt()).isZero();
        assertThat(listed.get(0).get("fired").asInt()).isEqualTo(2);
        assertThat(listed.get(1).get("fired").asInt()).isZero();
    }

    @Test
    void faultsApplyOnlyToTheirActionAndAreListedAndCleared() throws IOException {
        JsonNode added = addFault("{\"action\":\"CheckIdCardInformation\",\"kind\":\"http5xx\"}");
        assertThat(added.get("id").asText()).isNotBlank();
        assertThat(added.get("kind").asText()).isEqualTo("http5xx");

        assertThat(errorCode(client.post(ACTION, LI_MING))).isNull();

        assertThat(client.delete("/_sandbox/faults").statusCode()).isEqualTo(204);
        assertThat(SandboxClient.JSON.readTree(client.get("/_sandbox/faults").body()))
                .isEmpty();
    }

    @Test
    void oneFaultCanBeDeletedById() throws IOException {
        String id = addFault("{\"kind\":\"reset\"}").get("id").asText();

        assertThat(client.delete("/_sandbox/faults/" + id).statusCode()).isEqualTo(204);
        assertThat(client.delete("/_sandbox/faults/" + id).statusCode()).isEqualTo(404);
        assertThat(errorCode(client.post(ACTION, LI_MING))).isNull();
    }

    @Test
    void severalFaultsCanBeAddedInOneRequest() throws IOException {
        HttpResponse<String> response = client.postJson(
                "/_sandbox/faults",
                "[{\"kind\":\"latency\",\"latencyMs\":10},{\"action\":\"" + ACTION
                        + "\",\"kind\":\"error\",\"code\":\"InternalError\"}]");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(SandboxClient.JSON.readTree(response.body())).hasSize(2);
        assertThat(errorCode(client.post(ACTION, LI_MING))).isEqualTo("InternalError");
    }

    @Test
    void faultsDoNotPreemptAuthenticationOrValidation() throws IOException {
        addFault("{\"kind\":\"error\",\"code\":\"InternalError\"}");

        assertThat(errorCode(client.call(ACTION)
                        .credentials(SandboxConfig.DEV_SECRET_ID, "wrong")
                        .send(LI_MING)))
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(errorCode(client.call(ACTION).send(Map.of("Colour", "red")))).isEqualTo("UnknownParameter");
    }

    // --- raw HTTP, to see what a transport-level fault looks like on the wire

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static HttpRequest.Builder signed(String action, Map<String, ?> parameters) throws IOException {
        return signedFor(sandbox, action, parameters);
    }

    private static HttpRequest.Builder signedFor(TencentSandbox target, String action, Map<String, ?> parameters)
            throws IOException {
        byte[] body = SandboxClient.JSON.writeValueAsBytes(parameters);
        long now = Instant.now().getEpochSecond();
        String contentType = "application/json; charset=utf-8";
        String authorization = Tc3Signer.authorization(
                SandboxConfig.DEV_SECRET_ID,
                SandboxConfig.DEV_SECRET_KEY,
                new Tc3Request("POST", "", contentType, "127.0.0.1:" + target.port(), body, now, "faceid"));
        return HttpRequest.newBuilder(URI.create(target.endpoint() + "/"))
                .header("Content-Type", contentType)
                .header("Authorization", authorization)
                .header("X-TC-Action", action)
                .header("X-TC-Version", "2018-03-01")
                .header("X-TC-Timestamp", Long.toString(now))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static HttpResponse<String> raw(HttpRequest.Builder request, Duration timeout) throws IOException {
        try {
            return HTTP.send(
                    request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
