package io.onboarding.kyc.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role against every route, over real HTTP with real keys in PostgreSQL: who gets in, who is
 * refused (401 without a valid key, 403 without the role), and whose journeys a product key sees.
 */
@MicronautTest(transactional = false) // keys made in a test must be visible to the server at once
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyAuthIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    private KeyedHttp http;
    private final Map<String, String> keys = new java.util.HashMap<>();
    private String ownJourney;
    private String othersJourney;
    private String productKeyId;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void keysAndJourneys() throws Exception {
        http = new KeyedHttp(server.getURI());
        IssuedKey product = TestKeys.issue(context, "auth-product", ApiRole.PRODUCT);
        keys.put("PRODUCT", product.secret());
        productKeyId = product.key().id();
        keys.put("OTHER_PRODUCT", TestKeys.secret(context, "auth-other-product", ApiRole.PRODUCT));
        keys.put("SUPPORT", TestKeys.secret(context, "auth-support", ApiRole.SUPPORT));
        keys.put("ENGINEER", TestKeys.secret(context, "auth-engineer", ApiRole.ENGINEER));
        keys.put("ADMIN", TestKeys.secret(context, "auth-admin", ApiRole.ADMIN));
        keys.put("PII_READ", TestKeys.secret(context, "auth-pii", ApiRole.PII_READ));
        keys.put("SUPPORT_PII", TestKeys.secret(context, "auth-support-pii", ApiRole.SUPPORT, ApiRole.PII_READ));
        IssuedKey revoked = TestKeys.issue(context, "auth-revoked", ApiRole.PRODUCT, ApiRole.SUPPORT, ApiRole.ADMIN);
        context.getBean(ApiKeyStore.class).revoke(revoked.key().id());
        keys.put("REVOKED", revoked.secret());
        keys.put("UNKNOWN", "kyc_" + "A".repeat(43));

        ownJourney = start(keys.get("PRODUCT"));
        othersJourney = start(keys.get("OTHER_PRODUCT"));
    }

    static Stream<Arguments> matrix() {
        // caller, method, route (OWN / OTHERS stand for the two journeys), expected status
        List<Arguments> rows = new ArrayList<>();
        for (String nobody : List.of("NONE", "UNKNOWN", "REVOKED")) {
            for (String[] route : routes()) {
                rows.add(Arguments.of(nobody, route[0], route[1], 401));
            }
        }
        rows.addAll(List.of(
                // a product key starts and reads its own journeys, sends their retakes; nothing else
                Arguments.of("PRODUCT", "POST", "/v1/journeys", 202),
                Arguments.of("PRODUCT", "GET", "/v1/journeys/OWN", 200),
                Arguments.of("PRODUCT", "GET", "/v1/journeys/OTHERS", 404),
                // the stand-in workflow never waits for photos: allowed in, refused by the journey
                Arguments.of("PRODUCT", "POST", "/v1/journeys/OWN/documents", 409),
                Arguments.of("PRODUCT", "POST", "/v1/journeys/OTHERS/documents", 404),
                Arguments.of("PRODUCT", "POST", "/v1/journeys/OWN/review", 403),
                Arguments.of("PRODUCT", "POST", "/v1/journeys/OWN/cancel", 403),
                Arguments.of("PRODUCT", "GET", "/v1/api-keys", 403),
                Arguments.of("PRODUCT", "POST", "/v1/api-keys", 403),
                // it lists its own journeys' callbacks; a re-send is support's
                Arguments.of("PRODUCT", "GET", "/v1/journeys/OWN/callbacks", 200),
                Arguments.of("PRODUCT", "GET", "/v1/journeys/OTHERS/callbacks", 404),
                Arguments.of("PRODUCT", "POST", "/v1/journeys/OWN/callbacks/cbd_none/resend", 403),
                Arguments.of("PRODUCT", "POST", "/v1/api-keys/PRODUCT_KEY/callback-secret", 403),
                // it reads its own journeys' timelines; another key's journey is as good as absent
                Arguments.of("PRODUCT", "GET", "/v1/journeys/OWN/timeline", 200),
                Arguments.of("PRODUCT", "GET", "/v1/journeys/OTHERS/timeline", 404),
                // support reads every journey and decides; it starts nothing and sends no photos
                Arguments.of("SUPPORT", "POST", "/v1/journeys", 403),
                Arguments.of("SUPPORT", "GET", "/v1/journeys/OWN", 200),
                Arguments.of("SUPPORT", "GET", "/v1/journeys/OTHERS", 200),
                Arguments.of("SUPPORT", "POST", "/v1/journeys/OWN/documents", 403),
                // the stand-in never waits for a review: allowed in, refused by the journey
                Arguments.of("SUPPORT", "POST", "/v1/journeys/OWN/review", 409),
                Arguments.of("SUPPORT", "GET", "/v1/api-keys", 403),
                Arguments.of("SUPPORT", "POST", "/v1/api-keys", 403),
                Arguments.of("SUPPORT", "GET", "/v1/journeys/OTHERS/callbacks", 200),
                // allowed in; the journey has no such delivery
                Arguments.of("SUPPORT", "POST", "/v1/journeys/OWN/callbacks/cbd_none/resend", 404),
                Arguments.of("SUPPORT", "POST", "/v1/api-keys/PRODUCT_KEY/callback-secret", 403),
                // the review queue and claims are support's; the stand-in's journeys never wait for review
                Arguments.of("SUPPORT", "GET", "/v1/reviews", 200),
                Arguments.of("SUPPORT", "POST", "/v1/journeys/OWN/review/claim", 409),
                Arguments.of("SUPPORT", "DELETE", "/v1/journeys/OWN/review/claim", 204),
                Arguments.of("PRODUCT", "GET", "/v1/reviews", 403),
                Arguments.of("PRODUCT", "POST", "/v1/journeys/OWN/review/claim", 403),
                Arguments.of("PRODUCT", "DELETE", "/v1/journeys/OWN/review/claim", 403),
                Arguments.of("ADMIN", "GET", "/v1/reviews", 403),
                // a document image needs SUPPORT and PII_READ on one key; either alone is refused
                Arguments.of("SUPPORT_PII", "GET", "/v1/journeys/OWN/documents/front", 200),
                Arguments.of("SUPPORT_PII", "GET", "/v1/journeys/OTHERS/documents/front", 200),
                Arguments.of("SUPPORT", "GET", "/v1/journeys/OWN/documents/front", 403),
                Arguments.of("PRODUCT", "GET", "/v1/journeys/OWN/documents/front", 403),
                Arguments.of("ADMIN", "GET", "/v1/journeys/OWN/documents/front", 403),
                Arguments.of("SUPPORT", "GET", "/v1/journeys/OWN/timeline", 200),
                Arguments.of("SUPPORT", "GET", "/v1/journeys/OTHERS/timeline", 200),
                // the journey search is support's alone
                Arguments.of("SUPPORT", "GET", "/v1/journeys", 200),
                Arguments.of("PRODUCT", "GET", "/v1/journeys", 403),
                Arguments.of("ADMIN", "GET", "/v1/journeys", 403),
                // an administrator manages keys and reads no journey
                Arguments.of("ADMIN", "GET", "/v1/journeys/OWN", 403),
                Arguments.of("ADMIN", "POST", "/v1/journeys", 403),
                Arguments.of("ADMIN", "POST", "/v1/journeys/OWN/review", 403),
                Arguments.of("ADMIN", "GET", "/v1/api-keys", 200),
                Arguments.of("ADMIN", "POST", "/v1/api-keys", 201),
                Arguments.of("ADMIN", "GET", "/v1/journeys/OWN/callbacks", 403),
                Arguments.of("ADMIN", "POST", "/v1/api-keys/PRODUCT_KEY/callback-secret", 200),
                Arguments.of("ADMIN", "GET", "/v1/journeys/OWN/timeline", 403)));
        for (String[] route : routes()) {
            // an engineer decodes payloads (codec) and may not use the journey API; PII_READ alone grants nothing
            rows.add(Arguments.of("ENGINEER", route[0], route[1], 403));
            rows.add(Arguments.of("PII_READ", route[0], route[1], 403));
        }
        return rows.stream();
    }

    private static List<String[]> routes() {
        return List.of(
                new String[] {"POST", "/v1/journeys"},
                new String[] {"GET", "/v1/journeys"},
                new String[] {"GET", "/v1/journeys/OWN"},
                new String[] {"POST", "/v1/journeys/OWN/documents"},
                new String[] {"POST", "/v1/journeys/OWN/review"},
                new String[] {"POST", "/v1/journeys/OWN/cancel"},
                new String[] {"GET", "/v1/api-keys"},
                new String[] {"POST", "/v1/api-keys"},
                new String[] {"GET", "/v1/journeys/OWN/callbacks"},
                new String[] {"POST", "/v1/journeys/OWN/callbacks/cbd_none/resend"},
                new String[] {"POST", "/v1/api-keys/PRODUCT_KEY/callback-secret"},
                new String[] {"GET", "/v1/reviews"},
                new String[] {"POST", "/v1/journeys/OWN/review/claim"},
                new String[] {"DELETE", "/v1/journeys/OWN/review/claim"},
                new String[] {"GET", "/v1/journeys/OWN/documents/front"},
                new String[] {"GET", "/v1/journeys/OWN/timeline"});
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItsRoleAllows(String caller, String method, String route, int expected) throws Exception {
        HttpResponse<String> answer = send(caller.equals("NONE") ? null : keys.get(caller), method, path(route));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("status").asInt()).isEqualTo(expected);
            if (expected == 401) {
                assertThat(problem.get("type").asText()).endsWith("/unauthenticated");
                assertThat(problem.get("detail").asText()).contains("X-API-Key");
            }
            if (expected == 403) {
                assertThat(problem.get("type").asText()).endsWith("/forbidden");
            }
        }
    }

    @Test
    void anEngineerKeyDecodesThroughTheCodecAndNoOtherKeyDoes() throws Exception {
        String payloads = "{\"payloads\":[]}";

        HttpResponse<String> asHeader = send(keys.get("ENGINEER"), "POST", "/codec/decode", payloads);
        HttpResponse<String> asBearer = http.send(
                null, "POST", "/codec/decode", payloads, Map.of("Authorization", "Bearer " + keys.get("ENGINEER")));

        assertThat(asHeader.statusCode()).as(asHeader.body()).isEqualTo(200);
        assertThat(asBearer.statusCode()).as(asBearer.body()).isEqualTo(200);
        for (String other : List.of("PRODUCT", "SUPPORT", "ADMIN", "REVOKED", "UNKNOWN")) {
            HttpResponse<String> refused = send(keys.get(other), "POST", "/codec/decode", payloads);
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
        }
    }

    @Test
    void supportCancelsAnyJourney() throws Exception {
        String journey = start(keys.get("PRODUCT"));

        assertThat(send(keys.get("PRODUCT"), "POST", "/v1/journeys/" + journey + "/cancel")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> cancelled = send(keys.get("SUPPORT"), "POST", "/v1/journeys/" + journey + "/cancel");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
    }

    @Test
    void aJourneyBelongsToTheKeyThatStartedIt() throws Exception {
        ApiKey product = context.getBean(ApiKeyStore.class)
                .authenticate(keys.get("PRODUCT"))
                .orElseThrow();

        assertThat(ownerOf(ownJourney)).isEqualTo(product.id());
        assertThat(ownerOf(othersJourney)).isNotEqualTo(product.id()).isNotNull();
    }

    @Test
    void theStoreKeepsAHashNeverTheSecretAndNotesLastUse() throws Exception {
        String secret = keys.get("SUPPORT");
        send(secret, "GET", "/v1/journeys/" + ownJourney);

        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT * FROM api_key WHERE prefix = ? AND revoked_at IS NULL")) {
            query.setString(1, secret.substring(0, 12));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    assertThat(String.valueOf(row.getObject(column))).doesNotContain(secret.substring(12));
                }
                assertThat(row.getString("secret_hash")).hasSize(64);
                assertThat(row.getTimestamp("last_used_at")).isNotNull();
            }
        }
    }

    @Test
    void anAdministratorIssuesAKeyShownOnceAndRevokesIt() throws Exception {
        HttpResponse<String> created = send(
                keys.get("ADMIN"),
                "POST",
                "/v1/api-keys",
                "{\"name\":\"issued-by-admin-" + System.nanoTime() + "\",\"roles\":[\"PRODUCT\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode key = JSON.readTree(created.body());
        String secret = key.get("secret").asText();
        assertThat(secret).startsWith("kyc_");
        assertThat(start(secret)).startsWith("jny_");

        HttpResponse<String> listed = send(keys.get("ADMIN"), "GET", "/v1/api-keys");
        assertThat(listed.body())
                .contains(key.get("id").asText())
                .doesNotContain(secret)
                .doesNotContain("\"secret\"");

        HttpResponse<String> revoked =
                send(keys.get("ADMIN"), "POST", "/v1/api-keys/" + key.get("id").asText() + "/revoke");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("revokedAt").isNull()).isFalse();
        assertThat(send(secret, "POST", "/v1/journeys", KeyedHttp.startBody("crm-auth"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aKeyRequestThatBreaksARuleNamesTheField() throws Exception {
        HttpResponse<String> refused =
                send(keys.get("ADMIN"), "POST", "/v1/api-keys", "{\"name\":\"x y\",\"roles\":[\"ROOT\"]}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("roles[0]").contains("one-of");
    }

    private String path(String route) {
        return route.replace("OWN", ownJourney).replace("OTHERS", othersJourney).replace("PRODUCT_KEY", productKeyId);
    }

    private String start(String key) throws Exception {
        HttpResponse<String> started = send(key, "POST", "/v1/journeys", KeyedHttp.startBody("crm-auth"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).get("journeyId").asText();
    }

    private HttpResponse<String> send(String key, String method, String path) throws IOException, InterruptedException {
        String body = switch (path.substring(path.lastIndexOf('/') + 1)) {
            case "journeys" -> KeyedHttp.startBody("crm-auth");
            case "documents" -> KeyedHttp.documentBody();
            case "review" -> "{\"decision\":\"APPROVE\",\"reason\":\"checked by hand\"}";
            case "cancel" -> "{\"reason\":\"customer left\"}";
            case "api-keys" -> "{\"name\":\"matrix-" + System.nanoTime() + "\",\"roles\":[\"SUPPORT\"]}";
            default -> null;
        };
        return send(key, method, path, "GET".equals(method) ? null : body);
    }

    private HttpResponse<String> send(String key, String method, String path, String body)
            throws IOException, InterruptedException {
        return http.send(key, method, path, body);
    }

    private static String ownerOf(String journeyId) throws SQLException {
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT owner_key_id FROM journey WHERE id = ?")) {
            query.setString(1, journeyId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
