package io.onboarding.kyc.web.codec;

import static io.onboarding.kyc.web.codec.CodecHttp.json;
import static io.onboarding.kyc.web.codec.CodecHttp.payloads;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.temporal.api.common.v1.Payload;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Devstack's set-up: loopback trust on, the server on 127.0.0.1, the UI sending no token over plain HTTP. */
@MicronautTest
class CodecLoopbackIT extends CodecServerTest {

    @Override
    Map<String, String> overrides() {
        return Map.of(
                "micronaut.server.host", "127.0.0.1",
                "kyc.codec.trust-loopback", "true",
                "kyc.codec.engineer-tokens", "");
    }

    @Test
    void decodesForTheUiOnLoopbackWithoutAToken() {
        Payload sealed = workerConverter().toPayload("Wang Fang").orElseThrow();
        List<String> lines;
        HttpResponse<String> response;
        try (LogCapture log = LogCapture.open()) {
            response = http.post("/codec/decode", json(sealed), "Origin", UI_ORIGIN, "X-Namespace", "default");
            lines = log.lines();
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(UI_ORIGIN);
        assertThat(payloads(response)).containsExactly(CodecEndpointIT.plain("Wang Fang"));
        assertThat(lines).anyMatch(line -> line.contains("decode by loopback in namespace default: 1 payload(s)"));
        assertThat(String.join("\n", lines)).doesNotContain("Wang Fang");
        assertThat(http.post("/codec/encode", json()).statusCode())
                .as("no Origin: a local tool")
                .isEqualTo(200);
    }

    @Test
    void stillRefusesOtherOriginsAndProxiedCallers() {
        assertThat(http.post("/codec/decode", json(), "Origin", "https://evil.example")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.post("/codec/decode", json(), "X-Forwarded-For", "203.0.113.7")
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.post("/codec/decode", json(), "Forwarded", "for=203.0.113.7")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void stillChecksATokenThatIsSent() {
        assertThat(http.post("/codec/decode", json(), "Authorization", "Bearer not-an-engineer")
                        .statusCode())
                .isEqualTo(403);
    }
}
