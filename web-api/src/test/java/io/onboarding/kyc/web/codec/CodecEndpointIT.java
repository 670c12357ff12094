package io.onboarding.kyc.web.codec;

import static io.onboarding.kyc.web.codec.CodecHttp.json;
import static io.onboarding.kyc.web.codec.CodecHttp.payloads;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.contract.temporal.TemporalClientFactory;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codec protocol, access and errors against a running server with loopback trust left at its default (off). */
@MicronautTest
class CodecEndpointIT extends CodecServerTest {

    private static final Applicant APPLICANT = new Applicant("王芳", "440305199505132562");

    @Test
    void decodesWhatTheWorkerSealedToTheOriginalJsonPayload() {
        Payload sealed = workerConverter().toPayload(APPLICANT).orElseThrow();
        assertThat(sealed.getData().toStringUtf8()).doesNotContain(APPLICANT.idNumber());

        HttpResponse<String> response =
                http.post("/codec/decode", json(sealed), "Authorization", ALICE, "X-Namespace", "default");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(payloads(response)).containsExactly(plain(APPLICANT));
    }

    @Test
    void encodesSoThatTheWorkerAndTheDecoderReadItBack() {
        Payload plain = plain(APPLICANT);

        HttpResponse<String> encoded = http.post("/codec/encode", json(plain, plain), "Authorization", ALICE);

        assertThat(encoded.statusCode()).isEqualTo(200);
        List<Payload> sealed = payloads(encoded);
        assertThat(sealed).hasSize(2);
        assertThat(sealed.get(0).getMetadataOrThrow("encoding").toStringUtf8()).isEqualTo("binary/encrypted");
        assertThat(sealed.get(0).getData()).isNotEqualTo(sealed.get(1).getData());
        assertThat(encoded.body()).doesNotContain(base64(plain.getData()));
        assertThat(workerConverter().fromPayload(sealed.get(0), Applicant.class, Applicant.class))
                .isEqualTo(APPLICANT);

        HttpResponse<String> decoded = http.post("/codec/decode", encoded.body(), "Authorization", ALICE);

        assertThat(payloads(decoded)).containsExactly(plain, plain);
    }

    @Test
    void passesPayloadsItDidNotSealThroughDecodeUnchanged() {
        Payload json = plain(APPLICANT);
        Payload nothing =
                DefaultDataConverter.newDefaultInstance().toPayload(null).orElseThrow();
        Payload sealed = workerConverter().toPayload("sealed").orElseThrow();

        HttpResponse<String> response = http.post("/codec/decode", json(json, nothing, sealed), "Authorization", ALICE);

        assertThat(payloads(response)).containsExactly(json, nothing, plain("sealed"));
        assertThat(http.post("/codec/decode", "{\"payloads\":[]}", "Authorization", ALICE)
                        .body())
                .isEqualTo("{}");
    }

    @Test
    void answersMalformedBodiesWith400AndNeverQuotesThem() {
        String good = json(plain(APPLICANT));
        Map<String, String> bodies = Map.of(
                "not json", "payloads please",
                "trailing data", good + " {}",
                "an array", "[" + good + "]",
                "payloads not a list", "{\"payloads\":\"secret-value\"}",
                "unknown field", "{\"payloads\":[],\"secret-field\":1}",
                "data not base64", "{\"payloads\":[{\"data\":\"secret value!\"}]}",
                "single quotes", "{'payloads':[]}",
                "repeated key", "{\"payloads\":[],\"payloads\":[]}",
                "empty", "");

        bodies.forEach((shape, body) -> {
            HttpResponse<String> response = http.post("/codec/decode", body, "Authorization", ALICE);
            assertThat(response.statusCode()).as(shape).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(shape).hasValue("application/problem+json");
            assertThat(response.body()).as(shape).contains("\"status\":400").doesNotContain("secret");
        });
        assertThat(http.post("/codec/decode", good + " x", "Authorization", ALICE)
                        .body())
                .contains("data after its JSON object");
        assertThat(http.post("/codec/encode", "{\"payloads\":[{\"data\":\"***\"}]}", "Authorization", ALICE)
                        .body())
                .contains("not base64");
    }

    @Test
    void answersAnotherContentTypeWith415() {
        HttpResponse<String> text =
                http.send(http.request("/codec/decode", "Authorization", ALICE, "Content-Type", "text/plain")
                        .POST(BodyPublishers.ofString(json(plain(APPLICANT)))));

        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.body()).contains("\"status\":415");
        assertThat(http.send(http.request(
                                        "/codec/encode",
                                        "Authorization",
                                        ALICE,
                                        "Content-Type",
                                        "application/x-www-form-urlencoded")
                                .POST(BodyPublishers.ofString("a=b")))
                        .statusCode())
                .isEqualTo(415);
    }

    @Test
    void bindsTheBodySize() {
        String large = json(Payload.newBuilder()
                .setData(ByteString.copyFrom(new byte[70 * 1024]))
                .build());

        HttpResponse<String> response = http.post("/codec/encode", large, "Authorization", ALICE);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void asksForACredentialWith401WhenThereIsNone() {
        // loopback trust is off by default: this test's own loopback connection is not enough
        HttpResponse<String> response = http.post("/codec/decode", json(plain(APPLICANT)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.post("/codec/decode", json(), "Authorization", "Basic " + ALICE_TOKEN)
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.post("/codec/decode", json(), "Authorization", "Bearer ")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesAWrongTokenWith403BeforeReadingTheBody() {
        HttpResponse<String> wrong =
                http.post("/codec/decode", json(plain(APPLICANT)), "Authorization", "Bearer " + ALICE_TOKEN + "x");

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("\"status\":403").doesNotContain(ALICE_TOKEN);
        assertThat(http.post("/codec/decode", "not even json", "Authorization", "Bearer nope")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.send(http.request("/codec/decode", "Authorization", "Bearer nope", "Content-Type", "text/plain")
                                .POST(BodyPublishers.ofString("x")))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void letsEveryConfiguredEngineerIn() {
        assertThat(http.post("/codec/decode", json(), "Authorization", ALICE).statusCode())
                .isEqualTo(200);
        assertThat(http.post("/codec/decode", json(), "Authorization", "bearer " + BOB_TOKEN)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void answersAPayloadItCannotDecryptWithAProblemNotA500() {
        DataConverter otherKey = TemporalClientFactory.encryptingDataConverter(
                "k9", Base64.getEncoder().encodeToString(new byte[32]));
        Payload unknownKey = otherKey.toPayload(APPLICANT).orElseThrow();
        Payload sealed = workerConverter().toPayload(APPLICANT).orElseThrow();
        byte[] data = sealed.getData().toByteArray();
        data[data.length - 1] ^= 1;
        Payload tampered = sealed.toBuilder().setData(ByteString.copyFrom(data)).build();

        try (LogCapture log = LogCapture.open()) {
            HttpResponse<String> unknown =
                    http.post("/codec/decode", json(plain("ok"), unknownKey), "Authorization", ALICE);
            HttpResponse<String> altered = http.post("/codec/decode", json(tampered), "Authorization", ALICE);

            assertThat(unknown.statusCode()).isEqualTo(422);
            assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(unknown.body())
                    .contains("undecodable-payload", "Payload 2 of 2 could not be decoded", "'k9'", "payloads/1");
            assertThat(altered.statusCode()).isEqualTo(422);
            assertThat(altered.body())
                    .contains("Payload 1 of 1 could not be decoded")
                    .doesNotContain("\tat ");
            assertThat(log.lines())
                    .noneMatch(line -> line.startsWith("ERROR"))
                    .anyMatch(line -> line.contains("decode by alice in namespace default failed at payload 2 of 2"));
        }
    }

    @Test
    void servesOnlyTheConfiguredNamespace() {
        HttpResponse<String> other =
                http.post("/codec/decode", json(), "Authorization", ALICE, "X-Namespace", "payments");

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("namespace-not-served", "'default'");
        assertThat(http.post("/codec/encode", json(), "Authorization", ALICE, "X-Namespace", "payments")
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.post("/codec/decode", json(), "Authorization", ALICE).statusCode())
                .as("no X-Namespace means ours")
                .isEqualTo(200);
    }

    @Test
    void logsWhoAndHowManyButNoContent() {
        Payload sealed = workerConverter().toPayload(APPLICANT).orElseThrow();
        List<String> lines;
        try (LogCapture log = LogCapture.open()) {
            http.post(
                    "/codec/decode",
                    json(sealed, sealed, plain("x")),
                    "Authorization",
                    ALICE,
                    "X-Namespace",
                    "default");
            http.post("/codec/encode", json(plain(APPLICANT)), "Authorization", "Bearer " + BOB_TOKEN);
            http.post("/codec/decode", json(sealed), "Authorization", "Bearer wrong-" + ALICE_TOKEN);
            lines = log.lines();
        }

        assertThat(lines)
                .anyMatch(line ->
                        line.startsWith("INFO") && line.contains("decode by alice in namespace default: 3 payload(s)"))
                .anyMatch(line ->
                        line.startsWith("INFO") && line.contains("encode by bob in namespace default: 1 payload(s)"))
                .anyMatch(line -> line.startsWith("WARN") && line.contains("refused (403"));
        String content = String.join("\n", lines);
        assertThat(content)
                .doesNotContain(
                        APPLICANT.name(),
                        APPLICANT.idNumber(),
                        ALICE_TOKEN,
                        BOB_TOKEN,
                        base64(sealed.getData()).substring(0, 24),
                        base64(plain(APPLICANT).getData()).substring(0, 24));
    }

    static Payload plain(Object value) {
        return DefaultDataConverter.newDefaultInstance().toPayload(value).orElseThrow();
    }

    private static String base64(ByteString bytes) {
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    record Applicant(String name, String idNumber) {}
}
