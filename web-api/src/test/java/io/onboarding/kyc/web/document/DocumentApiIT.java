package io.onboarding.kyc.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.document.DocumentStore;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestImages;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A journey's stored images over real HTTP: served byte for byte to a key holding both SUPPORT and PII_READ, never
 * cached, every read on the record; refused, and not recorded, for every other key.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentApiIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Any bytes do: the route serves what was stored, as it was stored. */
    private static final byte[] RETAKEN_JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3, 4};

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Inject
    SupportActions actions;

    @Inject
    DocumentStore documents;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String product;
    private IssuedKey reader;
    private String supportOnly;
    private String piiOnly;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void keys() {
        product = TestKeys.secret(context, "documents-product", ApiRole.PRODUCT);
        reader = TestKeys.issue(context, "documents-reader", ApiRole.SUPPORT, ApiRole.PII_READ);
        supportOnly = TestKeys.secret(context, "documents-support", ApiRole.SUPPORT);
        piiOnly = TestKeys.secret(context, "documents-pii", ApiRole.PII_READ);
    }

    @Test
    void aKeyWithSupportAndPiiReadGetsTheStoredImageAndTheReadIsRecorded() throws Exception {
        String journeyId = started();
        Instant before = Instant.now();

        HttpResponse<byte[]> front = get(reader.secret(), journeyId, "front");

        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.body()).isEqualTo(TestImages.cardPng());
        assertThat(front.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(front.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(actions.of(journeyId)).singleElement().satisfies(read -> {
            assertThat(read.kind()).isEqualTo(SupportAction.Kind.DOCUMENT_READ);
            assertThat(read.actor()).isEqualTo(reader.key().name());
            assertThat(read.detail()).matches("FRONT doc_[0-9a-f]+");
            assertThat(read.at()).isAfterOrEqualTo(before.minusSeconds(1));
        });
    }

    @Test
    void afterARetakeTheNewestImageOfTheSideIsServed() throws Exception {
        String journeyId = started();
        Thread.sleep(5);
        String retaken = documents.save(journeyId, "FRONT", "image/jpeg", RETAKEN_JPEG);

        HttpResponse<byte[]> front = get(reader.secret(), journeyId, "front");

        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.body()).isEqualTo(RETAKEN_JPEG);
        assertThat(front.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(actions.of(journeyId))
                .singleElement()
                .extracting(SupportAction::detail)
                .isEqualTo("FRONT " + retaken);
    }

    @Test
    void everyOtherKeyIsRefusedAndNothingIsRecorded() throws Exception {
        String journeyId = started();

        for (String key : new String[] {supportOnly, piiOnly, product}) {
            HttpResponse<byte[]> refused = get(key, journeyId, "front");
            assertProblem(refused, 403, "forbidden");
        }
        assertThat(get(null, journeyId, "front").statusCode()).isEqualTo(401);
        assertThat(actions.of(journeyId)).isEmpty();
    }

    @Test
    void anUnknownJourneyOrSideIsNotFoundAndNothingIsRecorded() throws Exception {
        String journeyId = started();

        assertProblem(get(reader.secret(), "jny_00000000000000000000000000", "front"), 404, "journey-not-found");
        assertProblem(get(reader.secret(), journeyId, "back"), 404, "document-not-found");
        assertProblem(get(reader.secret(), journeyId, "FRONT"), 404, "document-not-found");
        assertProblem(get(reader.secret(), journeyId, "selfie"), 404, "document-not-found");
        assertThat(actions.of(journeyId)).isEmpty();
    }

    private HttpResponse<byte[]> get(String key, String journeyId, String side) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(server.getURI() + "/v1/journeys/" + journeyId + "/documents/" + side))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (key != null) {
            request.header(TestKeys.HEADER, key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String started() throws Exception {
        HttpResponse<String> started = new KeyedHttp(server.getURI())
                .send(product, "POST", "/v1/journeys", KeyedHttp.startBody("crm-documents-" + UUID.randomUUID()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).get("journeyId").asText();
    }

    private static void assertProblem(HttpResponse<byte[]> answer, int status, String type) throws Exception {
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertThat(answer.statusCode()).as(body).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(body).get("type").asText()).endsWith("/" + type);
    }
}
