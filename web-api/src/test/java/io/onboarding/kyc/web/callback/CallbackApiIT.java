package io.onboarding.kyc.web.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.store.callback.CallbackSecrets;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.callback.DeliveryState;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The callback side of the API over real HTTP: which callbackUrl a start may name, the per-key signing secret, the
 * delivery list and a re-send, each with its roles.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallbackApiIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOOK = "https://hooks.bank.example/kyc/events";

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Inject
    JourneyStore journeys;

    @Inject
    CallbackStore callbacks;

    private KeyedHttp http;
    private IssuedKey product;
    private String otherProduct;
    private String support;
    private String engineer;
    private String admin;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void keys() {
        http = new KeyedHttp(server.getURI());
        product = TestKeys.issue(context, "callbacks-product", ApiRole.PRODUCT);
        otherProduct = TestKeys.secret(context, "callbacks-other", ApiRole.PRODUCT);
        support = TestKeys.secret(context, "callbacks-support", ApiRole.SUPPORT);
        engineer = TestKeys.secret(context, "callbacks-engineer", ApiRole.ENGINEER);
        admin = TestKeys.secret(context, "callbacks-admin", ApiRole.ADMIN);
    }

    @Test
    void aStartWithAnHttpsCallbackUrlKeepsIt() throws Exception {
        HttpResponse<String> started = start(product.secret(), "crm-cb-" + UUID.randomUUID(), HOOK);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String journeyId = JSON.readTree(started.body()).get("journeyId").asText();
        HttpResponse<String> list =
                http.send(product.secret(), "GET", "/v1/journeys/" + journeyId + "/callbacks", null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(list.body());
        assertThat(body.get("callbackUrl").asText()).isEqualTo(HOOK);
        assertThat(body.get("deliveries")).isEmpty();
    }

    @Test
    void aCallbackUrlThatBreaksARuleIsRefusedAndNothingIsStored() throws Exception {
        Map<String, String> refused = Map.of(
                "http://hooks.bank.example/kyc",
                "https",
                "https://10.1.2.3/kyc",
                "public-address",
                "https://169.254.169.254/latest/meta-data",
                "public-address",
                "hooks.bank.example/kyc",
                "format",
                "https://user:secret@hooks.bank.example/kyc",
                "format",
                "https://hooks.bank.example/" + "a".repeat(2100),
                "length");
        for (Map.Entry<String, String> url : refused.entrySet()) {
            String customerRef = "crm-cb-" + UUID.randomUUID();

            HttpResponse<String> answer = start(product.secret(), customerRef, url.getKey());

            assertThat(answer.statusCode()).as(url.getKey()).isEqualTo(422);
            JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("callbackUrl");
            assertThat(error.get("rule").asText()).as(url.getKey()).isEqualTo(url.getValue());
            assertThat(TestDatabase.shared().count("SELECT count(*) FROM journey WHERE customer_ref = ?", customerRef))
                    .isZero();
        }
    }

    @Test
    void aKeyWithoutACallbackSecretCannotAskForCallbacks() throws Exception {
        IssuedKey unsigned = TestKeys.issue(context, "callbacks-unsigned", ApiRole.PRODUCT);
        try (Connection db = TestDatabase.shared().connect();
                PreparedStatement delete =
                        db.prepareStatement("DELETE FROM api_key_callback_secret WHERE key_id = ?")) {
            delete.setString(1, unsigned.key().id());
            delete.executeUpdate();
        }
        String customerRef = "crm-cb-" + UUID.randomUUID();

        HttpResponse<String> answer = start(unsigned.secret(), customerRef, HOOK);

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("callbackUrl");
        assertThat(error.get("rule").asText()).isEqualTo("signing-secret");
        assertThat(TestDatabase.shared().count("SELECT count(*) FROM journey WHERE customer_ref = ?", customerRef))
                .isZero();
    }

    @Test
    void anIdempotentRetryMustRepeatTheCallbackUrlToo() throws Exception {
        String customerRef = "crm-cb-" + UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        HttpResponse<String> first = http.send(product.secret(), "POST", "/v1/journeys", body(customerRef, HOOK), key);
        HttpResponse<String> same = http.send(product.secret(), "POST", "/v1/journeys", body(customerRef, HOOK), key);
        HttpResponse<String> other =
                http.send(product.secret(), "POST", "/v1/journeys", body(customerRef, HOOK + "/other"), key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(409);
    }

    @Test
    void deliveriesAreListedForTheOwnerAndSupportOnly() throws Exception {
        String journeyId = startedJourney();
        moveTo(journeyId, 1, "WAITING_REVIEW", null);
        String path = "/v1/journeys/" + journeyId + "/callbacks";

        HttpResponse<String> owner = http.send(product.secret(), "GET", path, null);
        assertThat(owner.statusCode()).isEqualTo(200);
        JsonNode delivery = JSON.readTree(owner.body()).get("deliveries").get(0);
        assertThat(delivery.get("eventId").asText()).isEqualTo("evt_" + journeyId + "_1");
        assertThat(delivery.get("type").asText()).isEqualTo("journey.waiting_review");
        assertThat(delivery.get("url").asText()).isEqualTo(HOOK);
        assertThat(delivery.get("state").asText()).isEqualTo("PENDING");
        assertThat(delivery.get("attempts")).isEmpty();

        assertThat(http.send(support, "GET", path, null).statusCode()).isEqualTo(200);
        assertThat(http.send(otherProduct, "GET", path, null).statusCode()).isEqualTo(404);
        assertThat(http.send(engineer, "GET", path, null).statusCode()).isEqualTo(403);
        assertThat(http.send(null, "GET", path, null).statusCode()).isEqualTo(401);
        assertThat(http.send(support, "GET", "/v1/journeys/jny_00000000000000000000000000/callbacks", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void supportResendsAnEndedDeliveryButNotAPendingOne() throws Exception {
        String journeyId = startedJourney();
        moveTo(journeyId, 1, "COMPLETED", "APPROVED");
        String deliveryId = callbacks.history(journeyId).get(0).delivery().id();
        String resend = "/v1/journeys/" + journeyId + "/callbacks/" + deliveryId + "/resend";

        HttpResponse<String> whilePending = http.send(support, "POST", resend, null);
        assertThat(whilePending.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(whilePending.body()).get("type").asText()).endsWith("/callback-pending");

        callbacks.finish(deliveryId, DeliveryState.GAVE_UP);
        assertThat(http.send(product.secret(), "POST", resend, null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> resent = http.send(support, "POST", resend, null);

        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(202);
        JsonNode again = JSON.readTree(resent.body());
        assertThat(again.get("deliveryId").asText()).isNotEqualTo(deliveryId);
        assertThat(again.get("eventId").asText()).isEqualTo("evt_" + journeyId + "_1");
        assertThat(again.get("resendOf").asText()).isEqualTo(deliveryId);
        assertThat(again.get("requestedBy").asText()).startsWith("callbacks-support-");
        assertThat(again.get("state").asText()).isEqualTo("PENDING");
        assertThat(callbacks.history(journeyId)).hasSize(2);
        assertThat(callbacks.history(journeyId).get(1).delivery().body())
                .isEqualTo(callbacks.history(journeyId).get(0).delivery().body());

        String unknown = "/v1/journeys/" + journeyId + "/callbacks/cbd_unknown/resend";
        HttpResponse<String> notThere = http.send(support, "POST", unknown, null);
        assertThat(notThere.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(notThere.body()).get("type").asText()).endsWith("/callback-not-found");
        String elsewhere = "/v1/journeys/" + startedJourney() + "/callbacks/" + deliveryId + "/resend";
        assertThat(http.send(support, "POST", elsewhere, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aNewProductKeyComesWithItsCallbackSecretOnce() throws Exception {
        HttpResponse<String> created = http.send(
                admin,
                "POST",
                "/v1/api-keys",
                "{\"name\":\"cb-new-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"roles\":[\"PRODUCT\"]}");
        HttpResponse<String> supportKey = http.send(
                admin,
                "POST",
                "/v1/api-keys",
                "{\"name\":\"cb-sup-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"roles\":[\"SUPPORT\"]}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode key = JSON.readTree(created.body());
        assertThat(key.get("callbackSecret").asText()).matches("kcs_[A-Za-z0-9_-]{43}");
        assertThat(context.getBean(CallbackSecrets.class).secretOf(key.get("id").asText()))
                .hasValue(key.get("callbackSecret").asText());
        HttpResponse<String> readBack =
                http.send(admin, "GET", "/v1/api-keys/" + key.get("id").asText(), null);
        assertThat(JSON.readTree(readBack.body()).path("callbackSecret").isMissingNode()
                        || JSON.readTree(readBack.body()).get("callbackSecret").isNull())
                .isTrue();
        assertThat(JSON.readTree(supportKey.body()).path("callbackSecret").isMissingNode()
                        || JSON.readTree(supportKey.body())
                                .get("callbackSecret")
                                .isNull())
                .isTrue();
    }

    @Test
    void anAdministratorIssuesAProductKeyANewCallbackSecret() throws Exception {
        IssuedKey key = TestKeys.issue(context, "callbacks-rotate", ApiRole.PRODUCT);
        String path = "/v1/api-keys/" + key.key().id() + "/callback-secret";

        HttpResponse<String> issued = http.send(admin, "POST", path, null);

        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");
        String secret = JSON.readTree(issued.body()).get("callbackSecret").asText();
        assertThat(secret).startsWith("kcs_").isNotEqualTo(key.callbackSecret());
        assertThat(context.getBean(CallbackSecrets.class).secretOf(key.key().id()))
                .hasValue(secret);

        assertThat(http.send(support, "POST", path, null).statusCode()).isEqualTo(403);
        assertThat(http.send(admin, "POST", "/v1/api-keys/key_unknown/callback-secret", null)
                        .statusCode())
                .isEqualTo(404);
        String supportKeyId = TestKeys.issue(context, "callbacks-nosecret", ApiRole.SUPPORT)
                .key()
                .id();
        HttpResponse<String> notProduct =
                http.send(admin, "POST", "/v1/api-keys/" + supportKeyId + "/callback-secret", null);
        assertThat(notProduct.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(notProduct.body())
                        .get("errors")
                        .get(0)
                        .get("rule")
                        .asText())
                .isEqualTo("product-role");
    }

    private String startedJourney() throws Exception {
        HttpResponse<String> started = start(product.secret(), "crm-cb-" + UUID.randomUUID(), HOOK);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).get("journeyId").asText();
    }

    /** Records a move as the worker's recording activity does, which writes the delivery. */
    private void moveTo(String journeyId, int sequence, String status, String outcome) {
        journeys.record(new TimelineEntry(
                new TimelineKey(journeyId, sequence), Instant.now(), status, outcome, null, null, null, null, ""));
    }

    private HttpResponse<String> start(String key, String customerRef, String callbackUrl) throws Exception {
        return http.send(key, "POST", "/v1/journeys", body(customerRef, callbackUrl));
    }

    private static String body(String customerRef, String callbackUrl) throws Exception {
        String start = KeyedHttp.startBody(customerRef);
        return start.substring(0, start.length() - 1) + ",\"callbackUrl\":" + JSON.writeValueAsString(callbackUrl)
                + "}";
    }
}
