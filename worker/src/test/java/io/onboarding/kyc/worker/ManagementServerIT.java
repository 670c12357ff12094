package io.onboarding.kyc.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The worker as its own process ({@link WorkerApplication}) serves probes and Prometheus metrics on a
 * management port of its own, on loopback only: HTTP, JVM and the Temporal SDK's worker metrics share one
 * registry, and nothing but those routes answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementServerIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ApplicationContext worker;
    private EmbeddedServer server;

    @BeforeAll
    void startWorker() {
        Map<String, Object> properties = TestWorkers.properties();
        worker = WorkerApplication.micronaut().properties(properties).start();
        server = worker.getBean(EmbeddedServer.class);
    }

    @AfterAll
    void stopWorker() {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void livenessAndReadinessAnswerUpWithoutDetails() throws Exception {
        HttpResponse<String> liveness = get("/health/liveness");
        HttpResponse<String> readiness = get("/health/readiness");
        HttpResponse<String> health = get("/health");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(List.of(liveness.body(), readiness.body(), health.body()))
                .allSatisfy(body -> assertThat(body)
                        .contains("\"UP\"")
                        .doesNotContain("jdbc", "postgres", "temporal", "127.0.0.1"));
    }

    @Test
    void prometheusHasHttpJvmAndTemporalWorkerMetrics() throws Exception {
        get("/health/liveness");

        // the SDK's reporter hands its meters to Micrometer every 10 s
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    HttpResponse<String> metrics = get("/prometheus");
                    assertThat(metrics.statusCode()).isEqualTo(200);
                    assertThat(metrics.body())
                            .contains("jvm_memory_used_bytes", "http_server_requests_seconds_count")
                            .containsPattern("temporal_\\w+\\{[^}]*task_queue=\"" + TaskQueues.JOURNEYS + "\"");
                });
    }

    @Test
    void noOtherManagementRouteAnswers() throws Exception {
        for (String path : List.of("/beans", "/env", "/routes", "/loggers", "/info", "/metrics")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertThat(server.getHost()).isEqualTo("127.0.0.1");
        List<InetAddress> elsewhere = nonLoopbackAddresses();
        assumeThat(elsewhere).as("this machine has an address besides loopback").isNotEmpty();

        for (InetAddress address : elsewhere) {
            assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, server.getPort()), 2000);
                        }
                    })
                    .as("a connection to %s", address)
                    .isInstanceOf(ConnectException.class);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(ManagementServerIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
