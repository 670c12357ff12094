package io.onboarding.kyc.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestKeys;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Starts under an Idempotency-Key, over real HTTP: a retry is the same journey, never a second payment. */
@MicronautTest(transactional = false) // keys made in a test must be visible to the server at once
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotentStartIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    private KeyedHttp http;
    private String product;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void key() {
        http = new KeyedHttp(server.getURI());
        product = TestKeys.secret(context, "idempotency", ApiRole.PRODUCT);
    }

    @Test
    void twentyConcurrentIdenticalStartsMakeOneJourneyAndOneWorkflow() throws Exception {
        String customerRef = "crm-idem-" + UUID.randomUUID();
        String idempotencyKey = UUID.randomUUID().toString();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        CountDownLatch ready = new CountDownLatch(20);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(clients.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return start(product, idempotencyKey, KeyedHttp.startBody(customerRef));
                }));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }

            List<String> journeyIds = new ArrayList<>();
            for (HttpResponse<String> response : responses) {
                assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
                journeyIds.add(JSON.readTree(response.body()).get("journeyId").asText());
            }
            assertThat(journeyIds).containsOnly(journeyIds.get(0));
            assertThat(responses.stream().filter(r -> r.statusCode() == 202)).hasSize(1);
            assertThat(responses.stream()
                            .filter(r -> r.statusCode() == 200)
                            .map(r -> r.headers()
                                    .firstValue("Idempotent-Replayed")
                                    .orElse("")))
                    .hasSize(19)
                    .containsOnly("true");
            assertThat(count("SELECT count(*) FROM journey WHERE customer_ref = ?", customerRef))
                    .isEqualTo(1);
            assertThat(count("SELECT count(*) FROM document WHERE journey_id = ?", journeyIds.get(0)))
                    .isEqualTo(1);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> StandInJourneyWorkflow.STARTED.stream()
                            .anyMatch(r -> r.journeyId().equals(journeyIds.get(0))));
            assertThat(StandInJourneyWorkflow.STARTED.stream()
                            .filter(r -> r.journeyId().equals(journeyIds.get(0))))
                    .hasSize(1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aDifferentRequestUnderTheSameKeyIsRefusedAndStartsNothing() throws Exception {
        String customerRef = "crm-idem-" + UUID.randomUUID();
        String idempotencyKey = UUID.randomUUID().toString();
        HttpResponse<String> first = start(product, idempotencyKey, KeyedHttp.startBody(customerRef));
        assertThat(first.statusCode()).isEqualTo(202);

        HttpResponse<String> other = start(product, idempotencyKey, KeyedHttp.startBody(customerRef + "-other"));

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(other.body());
        assertThat(problem.get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(count("SELECT count(*) FROM journey WHERE customer_ref = ?", customerRef + "-other"))
                .isZero();
    }

    @Test
    void theSameKeyFromAnotherProductIsItsOwn() throws Exception {
        String otherProduct = TestKeys.secret(context, "idempotency-other", ApiRole.PRODUCT);
        String idempotencyKey = UUID.randomUUID().toString();
        String customerRef = "crm-idem-" + UUID.randomUUID();

        HttpResponse<String> mine = start(product, idempotencyKey, KeyedHttp.startBody(customerRef));
        HttpResponse<String> theirs = start(otherProduct, idempotencyKey, KeyedHttp.startBody(customerRef));

        assertThat(mine.statusCode()).isEqualTo(202);
        assertThat(theirs.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(theirs.body()).get("journeyId").asText())
                .isNotEqualTo(JSON.readTree(mine.body()).get("journeyId").asText());
    }

    @Test
    void aStartWithoutAKeyIsNotIdempotent() throws Exception {
        String customerRef = "crm-idem-" + UUID.randomUUID();

        assertThat(start(product, null, KeyedHttp.startBody(customerRef)).statusCode())
                .isEqualTo(202);
        assertThat(start(product, null, KeyedHttp.startBody(customerRef)).statusCode())
                .isEqualTo(202);

        assertThat(count("SELECT count(*) FROM journey WHERE customer_ref = ?", customerRef))
                .isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheHeader() throws Exception {
        String customerRef = "crm-idem-" + UUID.randomUUID();

        for (String malformed : List.of("x".repeat(256), "has space")) {
            HttpResponse<String> refused = start(product, malformed, KeyedHttp.startBody(customerRef));

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(refused.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asText())
                    .isEqualTo("Idempotency-Key");
        }
        assertThat(count("SELECT count(*) FROM journey WHERE customer_ref = ?", customerRef))
                .isZero();
    }

    private HttpResponse<String> start(String key, String idempotencyKey, String body) throws Exception {
        return http.send(
                key,
                "POST",
                "/v1/journeys",
                body,
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    private static long count(String sql, String parameter) throws SQLException {
        return TestDatabase.shared().count(sql, parameter);
    }
}
