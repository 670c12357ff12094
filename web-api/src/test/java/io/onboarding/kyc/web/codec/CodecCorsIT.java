package io.onboarding.kyc.web.codec;

import static io.onboarding.kyc.web.codec.CodecHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What a browser on the Temporal UI's page, or on any other page, is told about /codec and /v1. */
@MicronautTest
class CodecCorsIT extends CodecServerTest {

    @Test
    void answersTheUiOriginsPreflightWithPostItsHeadersAndCredentials() {
        HttpResponse<String> preflight = preflight("/codec/decode", UI_ORIGIN);

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly(UI_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .hasValue("true");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("POST, OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("content-type, x-namespace, authorization");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        assertThat(preflight.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Origin"));
        assertThat(preflight("/codec/encode", "https://temporal.example.com")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://temporal.example.com");
    }

    @Test
    void refusesAnotherOriginsPreflightAndGivesItNoAllowance() {
        for (String origin : new String[] {
            "http://127.0.0.1:9999",
            "https://evil.example",
            "null",
            "http://127.0.0.1:8233.evil.example",
            "HTTP://127.0.0.1:8233/"
        }) {
            HttpResponse<String> preflight = preflight("/codec/decode", origin);

            assertThat(preflight.statusCode()).as(origin).isEqualTo(403);
            assertThat(preflight.headers().map())
                    .as(origin)
                    .doesNotContainKeys(
                            "access-control-allow-origin",
                            "access-control-allow-credentials",
                            "access-control-allow-methods");
        }
    }

    @Test
    void letsTheUiPageReadEveryAnswerIncludingRefusals() {
        HttpResponse<String> ok = http.post("/codec/decode", json(), "Origin", UI_ORIGIN, "Authorization", ALICE);
        HttpResponse<String> unauthenticated = http.post("/codec/decode", json(), "Origin", UI_ORIGIN);

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue(UI_ORIGIN);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(UI_ORIGIN);
    }

    @Test
    void refusesARealRequestFromAnotherOriginEvenWithAnEngineerToken() {
        HttpResponse<String> response =
                http.post("/codec/decode", json(), "Origin", "https://evil.example", "Authorization", ALICE);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("origin-not-allowed");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void leavesTheRestOfTheApiWithoutCors() {
        HttpResponse<String> preflight = preflight("/v1/journeys", UI_ORIGIN);
        HttpResponse<String> read = http.send(
                http.request("/v1/journeys/jrn_unknown", "Origin", UI_ORIGIN).GET());

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(read.statusCode()).isNotEqualTo(403);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String path, String origin) {
        return http.send(http.request(
                        path,
                        "Origin",
                        origin,
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "content-type,x-namespace,authorization")
                .method("OPTIONS", BodyPublishers.noBody()));
    }
}
