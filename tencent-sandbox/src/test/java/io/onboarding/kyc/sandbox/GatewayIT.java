package io.onboarding.kyc.sandbox;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What every action shares: action and version resolution, regions, body checks, the ledger and admin endpoints. */
class GatewayIT extends SandboxHarness {

    private static final Map<String, String> LI_MING = Map.of("IdCard", TestCards.LI_MING_ID, "Name", "李明");

    @Test
    void listensOnLoopbackAtAnEphemeralPort() {
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.endpoint()).isEqualTo("http://127.0.0.1:" + sandbox.port());
    }

    @Test
    void answersAnUnknownActionWithInvalidAction() {
        assertThat(errorCode(client.call("DescribeInstances").service("127").send(Map.of())))
                .isEqualTo("InvalidAction");
        assertThat(errorCode(
                        client.call("IdCardOcrVerification").service("faceid").send(Map.of())))
                .isEqualTo("InvalidAction");
    }

    @Test
    void refusesRequestsOverTenMegabytes() {
        String body = "{\"ImageBase64\":\"" + "A".repeat(10 * 1024 * 1024) + "\"}";

        assertThat(errorCode(client.call("CheckIdCardInformation").sendRaw(body)))
                .isEqualTo("RequestSizeLimitExceeded");
    }

    @Test
    void answersAnotherVersionWithNoSuchVersion() {
        assertThat(errorCode(client.call("IdCardOCRVerification")
                        .version("2018-11-19")
                        .send(LI_MING)))
                .isEqualTo("NoSuchVersion");
        assertThat(errorCode(client.call("RecognizeMainlandIDCardOCR")
                        .version("2018-03-01")
                        .send(Map.of())))
                .isEqualTo("NoSuchVersion");
        assertThat(errorCode(client.call("IdCardOCRVerification").version(null).send(LI_MING)))
                .isEqualTo("MissingParameter");
    }

    @Test
    void requiresSingaporeForTheInternationalOcr() {
        String image = TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.JPEG));

        assertThat(errorCode(
                        client.call("RecognizeMainlandIDCardOCR").region(null).send(Map.of("ImageBase64", image))))
                .isEqualTo("MissingParameter");
        assertThat(errorCode(client.call("RecognizeMainlandIDCardOCR")
                        .region("ap-guangzhou")
                        .send(Map.of("ImageBase64", image))))
                .isEqualTo("UnsupportedRegion");
    }

    @Test
    void ignoresARegionSentToRegionlessFaceIdActions() {
        assertThat(errorCode(client.call("IdCardOCRVerification")
                        .region("ap-guangzhou")
                        .send(LI_MING)))
                .isNull();
    }

    @Test
    void refusesBodiesThatAreNotAJsonObject() {
        assertThat(errorCode(client.call("IdCardOCRVerification").sendRaw("IdCard=1&Name=2")))
                .isEqualTo("InvalidParameter");
        assertThat(errorCode(client.call("IdCardOCRVerification").sendRaw("[1,2]")))
                .isEqualTo("InvalidParameter");
        assertThat(errorCode(client.call("IdCardOCRVerification").sendRaw("{} {}")))
                .isEqualTo("InvalidParameter");
        assertThat(errorCode(client.call("IdCardOCRVerification").sendRaw(""))).isEqualTo("InvalidParameter");
    }

    @Test
    void refusesUndeclaredParametersAndWrongTypes() {
        JsonNode unknown = client.call("IdCardOCRVerification")
                .send(Map.of("IdCard", TestCards.LI_MING_ID, "Name", "李明", "Nationality", "CHN"));
        assertThat(errorCode(unknown)).isEqualTo("UnknownParameter");
        assertThat(unknown.path("Error").path("Message").asText()).contains("Nationality");

        assertThat(errorCode(client.call("RecognizeMainlandIDCardOCR")
                        .send(Map.of("ImageBase64", "x", "CropPortrait", "yes"))))
                .isEqualTo("InvalidParameter");
        assertThat(errorCode(client.call("IdCardOCRVerification").send(Map.of("IdCard", 440524, "Name", "李明"))))
                .isEqualTo("InvalidParameter");
    }

    @Test
    void givesEveryAnswerAFreshRequestId() {
        JsonNode first = client.post("IdCardOCRVerification", LI_MING);
        JsonNode second =
                client.call("IdCardOCRVerification").version("1999-01-01").send(LI_MING);

        assertThat(first.get("RequestId").asText()).matches("[0-9a-f-]{36}");
        assertThat(second.get("RequestId").asText())
                .matches("[0-9a-f-]{36}")
                .isNotEqualTo(first.get("RequestId").asText());
    }

    @Test
    void ledgerCountsCallsPerActionAndTagsOneJourneyWithoutTheIdNumber() {
        String front = TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.PNG));
        client.post("RecognizeMainlandIDCardOCR", Map.of("ImageBase64", front));
        client.post("IdCardOCRVerification", LI_MING);
        client.post("CheckIdCardInformation", Map.of("ImageBase64", front));
        client.post("IdCardOCRVerification", Map.of("IdCard", TestCards.WANG_FANG_ID, "Name", "王芳"));
        client.call("CheckIdCardInformation").version("2018-11-19").send(Map.of("ImageBase64", front));

        CallLedger ledger = sandbox.ledger();
        assertThat(ledger.count("RecognizeMainlandIDCardOCR")).isEqualTo(1);
        assertThat(ledger.count("IdCardOCRVerification")).isEqualTo(2);
        assertThat(ledger.count("CheckIdCardInformation")).isEqualTo(2);
        assertThat(ledger.calls())
                .extracting(LedgerEntry::resultCode)
                .containsExactly("Success", "0", "Success", "0", "NoSuchVersion");
        assertThat(ledger.calls()).extracting(LedgerEntry::billable).containsExactly(true, true, true, true, false);
        assertThat(ledger.calls())
                .allSatisfy(entry -> assertThat(entry.latencyMs()).isNotNegative());

        String liMing = ledger.calls().get(0).identity();
        assertThat(liMing).hasSize(16).doesNotContain(TestCards.LI_MING_ID.substring(0, 6));
        assertThat(ledger.calls().get(1).identity()).isEqualTo(liMing);
        assertThat(ledger.calls().get(2).identity()).isEqualTo(liMing);
        assertThat(ledger.calls().get(3).identity()).isNotEqualTo(liMing);
        assertThat(ledger.calls().get(4).identity()).isNull();
    }

    @Test
    void servesTheLedgerAndHealthOverHttp() throws IOException {
        JsonNode answer = client.post("IdCardOCRVerification", LI_MING);

        HttpResponse<String> calls = client.get("/_sandbox/calls");
        assertThat(calls.statusCode()).isEqualTo(200);
        assertThat(calls.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode entries = SandboxClient.JSON.readTree(calls.body());
        assertThat(entries.isArray()).isTrue();
        JsonNode entry = StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("requestId")
                        .asText()
                        .equals(answer.get("RequestId").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("action").asText()).isEqualTo("IdCardOCRVerification");
        assertThat(entry.get("resultCode").asText()).isEqualTo("0");
        assertThat(entry.get("billable").asBoolean()).isTrue();
        assertThat(entry.has("time")).isTrue();
        assertThat(entry.has("latencyMs")).isTrue();
        assertThat(entry.get("identity").asText()).hasSize(16);
        assertThat(calls.body()).doesNotContain(TestCards.LI_MING_ID).doesNotContain("李明");

        HttpResponse<String> health = client.get("/_sandbox/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.JSON.readTree(health.body()).get("status").asText())
                .isEqualTo("UP");
        assertThat(client.get("/_sandbox/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void deletingTheLedgerEmptiesIt() throws IOException {
        client.post("IdCardOCRVerification", LI_MING);
        assertThat(sandbox.ledger().calls()).isNotEmpty();

        assertThat(client.delete("/_sandbox/calls").statusCode()).isEqualTo(204);

        assertThat(sandbox.ledger().calls()).isEmpty();
        assertThat(SandboxClient.JSON.readTree(client.get("/_sandbox/calls").body()))
                .isEmpty();
    }

    @Test
    void servesAdminEndpointsOnlyOnLoopback() throws IOException {
        assertThat(TencentSandbox.servesAdmin(InetAddress.getByAddress(new byte[] {127, 0, 0, 1})))
                .isTrue();
        assertThat(TencentSandbox.servesAdmin(
                        InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1})))
                .isTrue();
        assertThat(TencentSandbox.servesAdmin(InetAddress.getByAddress(new byte[] {0, 0, 0, 0})))
                .isFalse();
        assertThat(TencentSandbox.servesAdmin(InetAddress.getByAddress(new byte[] {10, 1, 2, 3})))
                .isFalse();
    }

    @Test
    void closeStopsListeningPromptly() {
        TencentSandbox shortLived =
                TencentSandbox.start(SandboxConfig.defaults().withPort(0));
        int port = shortLived.port();
        assertThat(new SandboxClient(shortLived).get("/_sandbox/health").statusCode())
                .isEqualTo(200);

        long started = System.nanoTime();
        shortLived.close();

        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
        assertThat(canConnect(port)).isFalse();
        shortLived.close();
    }

    private static boolean canConnect(int port) {
        try (Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port)) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }
}
