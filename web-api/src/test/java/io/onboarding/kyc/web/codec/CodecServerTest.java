package io.onboarding.kyc.web.codec;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.temporal.TemporalClientFactory;
import io.onboarding.kyc.web.TestApplication;
import io.temporal.common.converter.DataConverter;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The web API as the codec tests start it, with a plain HTTP client on it: one payload key, two engineers,
 * the devstack UI's origin and one https origin. Subclasses are {@code @MicronautTest}s and may override
 * {@link #overrides()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CodecServerTest implements TestPropertyProvider {

    static final String PAYLOAD_KEY =
            Base64.getEncoder().encodeToString("codec-test-key-of-32-bytes-long!".getBytes(StandardCharsets.UTF_8));
    static final String UI_ORIGIN = "http://127.0.0.1:8233";
    static final String ALICE_TOKEN = "alice-token-0123456789-abcdefghijklmnop";
    static final String BOB_TOKEN = "bob-token-0123456789-abcdefghijklmnopqrs";
    static final String ALICE = "Bearer " + ALICE_TOKEN;

    @Inject
    EmbeddedServer server;

    CodecHttp http;

    /** Properties over the defaults. */
    Map<String, String> overrides() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestApplication.properties(PAYLOAD_KEY);
        properties.put("kyc.codec.ui-origins", UI_ORIGIN + ",https://temporal.example.com");
        properties.put("kyc.codec.engineer-tokens", "alice:" + ALICE_TOKEN + ",bob:" + BOB_TOKEN);
        properties.put("kyc.codec.max-body-size", "64KB");
        properties.putAll(overrides());
        return properties;
    }

    @BeforeAll
    void client() {
        http = new CodecHttp(server.getURI());
    }

    /** What the worker and the API seal payloads with: the real converter, under the app's key. */
    static DataConverter workerConverter() {
        return TemporalClientFactory.encryptingDataConverter("k1", PAYLOAD_KEY);
    }
}
