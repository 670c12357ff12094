package io.onboarding.kyc.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What an orchestrator and a Prometheus server see: probes without a key and without details, readiness
 * that follows Temporal, and metrics (HTTP, JVM, Temporal's client) for engineers only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsEndpointsIT implements TestPropertyProvider {

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    private KeyedHttp http;
    private String engineer;
    private String product;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void keys() {
        http = new KeyedHttp(server.getURI());
        engineer = TestKeys.secret(context, "ops-engineer", ApiRole.ENGINEER);
        product = TestKeys.secret(context, "ops-product", ApiRole.PRODUCT);
    }

    @Test
    void probesNeedNoKeyAndTellNoDetails() throws Exception {
        for (String probe : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
            HttpResponse<String> answer = http.send(null, "GET", probe, null);

            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
            assertThat(answer.body())
                    .as(probe)
                    .doesNotContain("jdbc")
                    .doesNotContain("temporal")
                    .doesNotContain("\"details\":{");
        }
    }

    @Test
    void metricsAreForEngineersOnly() throws Exception {
        assertThat(http.send(null, "GET", "/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http.send(product, "GET", "/prometheus", null).statusCode()).isEqualTo(403);
        assertThat(http.send(engineer, "GET", "/prometheus", null).statusCode()).isEqualTo(200);
        // what a Prometheus scrape configuration sends: authorization: {type: Bearer, credentials: <key>}
        assertThat(http.send(null, "GET", "/prometheus", null, Map.of("Authorization", "Bearer " + engineer))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void metricsCoverHttpTheJvmAndTemporalsClient() throws Exception {
        HttpResponse<String> started = http.send(product, "POST", "/v1/journeys", KeyedHttp.startBody("crm-metrics"));
        assertThat(started.statusCode()).isEqualTo(202);

        // Temporal's client reports every 10 seconds
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    String metrics =
                            http.send(engineer, "GET", "/prometheus", null).body();
                    assertThat(metrics)
                            .contains("http_server_requests_seconds_count")
                            .contains("jvm_memory_used_bytes")
                            .contains("temporal_request_total")
                            .contains("operation=\"StartWorkflowExecution\"");
                });
    }

    @Test
    void readinessFollowsTemporalWhileLivenessDoesNot() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestTemporal.withStandInWorker());
        properties.remove(TestTemporal.STAND_IN_WORKER);
        // a port nothing listens on: Temporal is away
        properties.put("kyc.temporal.target", "127.0.0.1:" + TemporalDevServer.freePort());
        try (EmbeddedServer away = ApplicationContext.run(EmbeddedServer.class, properties)) {
            KeyedHttp client = new KeyedHttp(away.getURI());

            assertThat(client.send(null, "GET", "/health/liveness", null).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> readiness = client.send(null, "GET", "/health/readiness", null);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        }
    }
}
