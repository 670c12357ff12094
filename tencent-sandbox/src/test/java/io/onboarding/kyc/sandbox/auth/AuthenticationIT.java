package io.onboarding.kyc.sandbox.auth;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TC3-HMAC-SHA256 as the sandbox checks it, over real HTTP. */
class AuthenticationIT extends SandboxHarness {

    private static final String ACTION = "IdCardOCRVerification";
    private static final Map<String, String> LI_MING = Map.of("IdCard", TestCards.LI_MING_ID, "Name", "李明");

    @Test
    void acceptsARequestSignedLikeTheJavaSdkWithPortInHostAndCharsetInContentType() {
        JsonNode response = client.call(ACTION).send(LI_MING);

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo("0");
    }

    @Test
    void acceptsAHostSignedWithoutItsPortAsTheNodeSdkDoes() {
        JsonNode response = client.call(ACTION)
                .signedHost("127.0.0.1")
                .contentType("application/json")
                .send(LI_MING);

        assertThat(errorCode(response)).isNull();
    }

    @Test
    void acceptsTheScopeServiceTheSdksDeriveFromALoopbackEndpoint() {
        assertThat(errorCode(client.call(ACTION).service("127").send(LI_MING))).isNull();
        assertThat(errorCode(
                        client.call("RecognizeMainlandIDCardOCR").service("127").send(Map.of())))
                .isEqualTo("InvalidParameter"); // authenticated, then refused for the missing image
    }

    @Test
    void acceptsTheAbsoluteFormRequestOfTheJavaSdksProxyModeSignedForTheRealHost() throws IOException {
        String host = "faceid.intl.tencentcloudapi.com";
        byte[] body = SandboxClient.JSON.writeValueAsBytes(LI_MING);
        long now = Instant.now().getEpochSecond();
        String authorization = Tc3Signer.authorization(
                SandboxConfig.DEV_SECRET_ID,
                SandboxConfig.DEV_SECRET_KEY,
                new Tc3Request("POST", "", "application/json; charset=utf-8", host, body, now, "faceid"));
        String head = "POST http://" + host + "/ HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "X-TC-Action: " + ACTION + "\r\nX-TC-Version: 2018-03-01\r\nX-TC-Timestamp: " + now + "\r\n"
                + "Authorization: " + authorization + "\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";

        String raw;
        try (Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), sandbox.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(raw).startsWith("HTTP/1.1 200");
        JsonNode response = SandboxClient.JSON
                .readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4))
                .get("Response");
        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo("0");
    }

    @Test
    void refusesAScopeServiceOfAnotherProduct() {
        assertThat(errorCode(client.call(ACTION).service("cvm").send(LI_MING)))
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(errorCode(client.call(ACTION).service("ocr").send(LI_MING)))
                .isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void refusesASignatureMadeWithAnotherKey() {
        JsonNode response = client.call(ACTION)
                .credentials(SandboxConfig.DEV_SECRET_ID, "not-the-key")
                .send(LI_MING);

        assertThat(errorCode(response)).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(response.path("Error").path("Message").asText()).isNotBlank();
        assertThat(response.get("RequestId").asText()).hasSize(36);
    }

    @Test
    void refusesABodyOtherThanTheOneSigned() {
        long now = Instant.now().getEpochSecond();
        String signedFor = Tc3Signer.authorization(
                SandboxConfig.DEV_SECRET_ID,
                SandboxConfig.DEV_SECRET_KEY,
                new Tc3Request(
                        "POST",
                        "",
                        "application/json; charset=utf-8",
                        "127.0.0.1:" + sandbox.port(),
                        "{\"IdCard\":\"440524198701010014\",\"Name\":\"王芳\"}".getBytes(StandardCharsets.UTF_8),
                        now,
                        "faceid"));

        JsonNode response = client.call(ACTION)
                .timestamp(now)
                .authorization(signedFor)
                .sendRaw("{\"IdCard\":\"440524198701010014\",\"Name\":\"李明\"}");

        assertThat(errorCode(response)).isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void refusesAHostOtherThanTheOneReceived() {
        JsonNode response = client.call(ACTION)
                .signedHost("faceid.intl.tencentcloudapi.com")
                .send(LI_MING);

        assertThat(errorCode(response)).isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void refusesTimestampsMoreThanFiveMinutesAway() {
        long now = Instant.now().getEpochSecond();

        assertThat(errorCode(client.call(ACTION).timestamp(now - 301).send(LI_MING)))
                .isEqualTo("AuthFailure.SignatureExpire");
        assertThat(errorCode(client.call(ACTION).timestamp(now + 360).send(LI_MING)))
                .isEqualTo("AuthFailure.SignatureExpire");
        assertThat(errorCode(client.call(ACTION).timestamp(now - 240).send(LI_MING)))
                .isNull();
    }

    @Test
    void refusesAnUnknownSecretIdBeforeLookingAtTheSignature() {
        JsonNode response = client.call(ACTION)
                .credentials("AKIDunknown", SandboxConfig.DEV_SECRET_KEY)
                .timestamp(0)
                .send(LI_MING);

        assertThat(errorCode(response)).isEqualTo("AuthFailure.SecretIdNotFound");
    }

    @Test
    void refusesMissingOrMalformedAuthorization() {
        assertThat(errorCode(client.call(ACTION).authorization(null).send(LI_MING)))
                .isEqualTo("AuthFailure.InvalidAuthorization");
        assertThat(errorCode(client.call(ACTION).authorization("Bearer abc").send(LI_MING)))
                .isEqualTo("AuthFailure.InvalidAuthorization");
        assertThat(errorCode(client.call(ACTION)
                        .authorization("TC3-HMAC-SHA256 Credential=" + SandboxConfig.DEV_SECRET_ID
                                + "/2024-01-01/faceid, SignedHeaders=content-type;host, Signature=00")
                        .send(LI_MING)))
                .isEqualTo("AuthFailure.InvalidAuthorization");
    }

    @Test
    void refusesAScopeDateThatIsNotTheTimestampsDate() {
        long now = Instant.now().getEpochSecond();
        Tc3Request request = new Tc3Request(
                "POST",
                "",
                "application/json",
                "127.0.0.1:" + sandbox.port(),
                "{}".getBytes(StandardCharsets.UTF_8),
                now,
                "faceid");
        String header = Tc3Signer.authorization(SandboxConfig.DEV_SECRET_ID, SandboxConfig.DEV_SECRET_KEY, request)
                .replaceFirst("/\\d{4}-\\d{2}-\\d{2}/", "/2001-01-01/");

        JsonNode response = client.call(ACTION)
                .contentType("application/json")
                .timestamp(now)
                .authorization(header)
                .sendRaw("{}");

        assertThat(errorCode(response)).isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void recordsAuthenticationFailuresAsUnbilledCallsAboutNobody() {
        JsonNode response =
                client.call(ACTION).credentials("AKIDstranger", "key").send(LI_MING);

        LedgerEntry entry = sandbox.ledger().calls().stream()
                .filter(call ->
                        call.requestId().equals(response.get("RequestId").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.action()).isEqualTo(ACTION);
        assertThat(entry.resultCode()).isEqualTo("AuthFailure.SecretIdNotFound");
        assertThat(entry.billable()).isFalse();
        assertThat(entry.identity()).isNull();
    }

    @Test
    void acceptsATemporaryKeyWithItsToken() {
        JsonNode response = client.call(ACTION)
                .credentials(TEMP_SECRET_ID, TEMP_SECRET_KEY)
                .token(TEMP_TOKEN)
                .send(LI_MING);

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo("0");
    }

    @Test
    void refusesATemporaryKeyWithoutItsTokenOrWithAnotherOne() {
        assertThat(errorCode(client.call(ACTION)
                        .credentials(TEMP_SECRET_ID, TEMP_SECRET_KEY)
                        .send(LI_MING)))
                .isEqualTo("AuthFailure.TokenFailure");
        assertThat(errorCode(client.call(ACTION)
                        .credentials(TEMP_SECRET_ID, TEMP_SECRET_KEY)
                        .token("stolen")
                        .send(LI_MING)))
                .isEqualTo("AuthFailure.TokenFailure");
    }

    @Test
    void aPermanentKeyIgnoresATokenSentBesideIt() {
        assertThat(errorCode(client.call(ACTION).token("whatever").send(LI_MING)))
                .isNull();
    }

    @Test
    void refusesAnExpiredTemporaryKey() {
        SandboxConfig config = SandboxConfig.defaults()
                .withPort(0)
                .withTemporaryCredentials(List.of(new TemporaryCredential(
                        "AKIDexpired",
                        "expiredKey",
                        "expired-token",
                        Instant.now().minusSeconds(60))));
        try (TencentSandbox expired = TencentSandbox.start(config)) {
            JsonNode response = new SandboxClient(expired)
                    .call(ACTION)
                    .credentials("AKIDexpired", "expiredKey")
                    .token("expired-token")
                    .send(LI_MING);

            assertThat(errorCode(response)).isEqualTo("AuthFailure.TokenFailure");
        }
    }

    @Test
    void acceptsAGetWithTheParametersInTheSignedQuery() throws IOException {
        String query =
                "IdCard=" + TestCards.LI_MING_ID + "&Name=" + java.net.URLEncoder.encode("李明", StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        String contentType = "application/x-www-form-urlencoded";
        String authorization = Tc3Signer.authorization(
                SandboxConfig.DEV_SECRET_ID,
                SandboxConfig.DEV_SECRET_KEY,
                new Tc3Request("GET", query, contentType, "127.0.0.1:" + sandbox.port(), new byte[0], now, "faceid"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/?" + query))
                .header("Content-Type", contentType)
                .header("Authorization", authorization)
                .header("X-TC-Action", ACTION)
                .header("X-TC-Version", "2018-03-01")
                .header("X-TC-Timestamp", Long.toString(now))
                .GET());

        JsonNode answer = SandboxClient.JSON.readTree(response.body()).get("Response");
        assertThat(errorCode(answer)).isNull();
        assertThat(answer.get("Result").asText()).isEqualTo("0");
    }

    @Test
    void answersMethodsOtherThanGetAndPostWithUnsupportedProtocol() throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/"))
                .header("X-TC-Action", ACTION)
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(errorCode(SandboxClient.JSON.readTree(response.body()).get("Response")))
                .isEqualTo("UnsupportedProtocol");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
