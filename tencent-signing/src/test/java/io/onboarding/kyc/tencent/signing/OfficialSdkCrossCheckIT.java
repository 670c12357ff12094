package io.onboarding.kyc.tencent.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tencent's own Java SDK signs a real request to a loopback listener; our signer, given what arrived,
 * must produce the same signature. This pins the parts the public vectors leave open: which host
 * value is signed, the content type, and the scope's service for a custom endpoint.
 */
class OfficialSdkCrossCheckIT {

    private static final String SECRET_ID = "AKIDcrossCheck00000000000000000000";
    private static final String SECRET_KEY = "crossCheckSecretKey0000000000000";
    private static final Pattern AUTHORIZATION =
            Pattern.compile("TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/([^/]+)/tc3_request, "
                    + "SignedHeaders=content-type;host, Signature=([0-9a-f]{64})");

    private HttpServer server;
    private final AtomicReference<Captured> captured = new AtomicReference<>();

    // Raw bytes by design: carries the raw request body the SDK sent; never compared or used as a key.
    @SuppressWarnings("ArrayRecordComponent")
    record Captured(Map<String, String> headers, byte[] body) {}

    @BeforeEach
    void listen() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            captured.set(new Captured(headers, exchange.getRequestBody().readAllBytes()));
            byte[] reply = "{\"Response\":{\"RequestId\":\"cross-check\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void ourSignerAgreesWithTheOfficialSdkOnARealRequest() throws Exception {
        HttpProfile http = new HttpProfile();
        http.setEndpoint("127.0.0.1:" + server.getAddress().getPort());
        http.setProtocol("http://");
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        CommonClient client =
                new CommonClient("faceid", "2018-03-01", new Credential(SECRET_ID, SECRET_KEY), "", profile);

        client.call("IdCardOCRVerification", "{\"IdCard\":\"11010519491231002X\",\"Name\":\"张伟\"}");

        Captured request = captured.get();
        Matcher authorization = AUTHORIZATION.matcher(request.headers().get("authorization"));
        assertThat(authorization.matches())
                .as(request.headers().get("authorization"))
                .isTrue();
        String service = authorization.group(3);
        assertThat(service)
                .as("the SDK takes the service from the endpoint's first label")
                .isEqualTo("127");

        Tc3Request ours = new Tc3Request(
                "POST",
                "",
                request.headers().get("content-type"),
                request.headers().get("host"),
                request.body(),
                Long.parseLong(request.headers().get("x-tc-timestamp")),
                service);

        assertThat(Tc3Signer.scope(ours)).isEqualTo(authorization.group(2) + "/" + service + "/tc3_request");
        assertThat(Tc3Signer.signature(SECRET_KEY, ours)).isEqualTo(authorization.group(4));
        assertThat(Tc3Signer.authorization(SECRET_ID, SECRET_KEY, ours))
                .isEqualTo(request.headers().get("authorization"));
    }
}
