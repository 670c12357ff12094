package io.onboarding.kyc.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worker as its own process stops at start when its Temporal settings cannot work, naming the setting,
 * within the connect timeout, and before it polls a task queue or serves its probes.
 */
class WorkerStartupIT {

    @Test
    void anUnreachableTargetStopsTheStartWithinTheConnectTimeout() throws IOException {
        String target = "127.0.0.1:" + closedPort();
        Map<String, Object> properties = properties();
        properties.put("kyc.temporal.target", target);
        properties.put("kyc.temporal.connect-timeout", "2s");

        long started = System.nanoTime();
        assertThatThrownBy(() ->
                        WorkerApplication.micronaut().properties(properties).start())
                .hasMessageContaining(target + " (KYC_TEMPORAL_TARGET)")
                .hasMessageContaining("within 2s (KYC_TEMPORAL_CONNECT_TIMEOUT)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertNothingListensOn((Integer) properties.get("kyc.worker.management.port"));
    }

    @Test
    void aNamespaceTemporalDoesNotKnowStopsTheStartNamingIt() {
        Map<String, Object> properties = properties();
        properties.put("kyc.temporal.namespace", "no-such-namespace");

        assertThatThrownBy(() ->
                        WorkerApplication.micronaut().properties(properties).start())
                .hasMessageContaining("no namespace 'no-such-namespace'")
                .hasMessageContaining("KYC_TEMPORAL_NAMESPACE");
        assertNothingListensOn((Integer) properties.get("kyc.worker.management.port"));
    }

    @Test
    void aClientCertificateFileThatIsNotThereStopsTheStartNamingItAndItsPath() {
        Path missing = Path.of("/nonexistent/kyc-worker.pem");
        Map<String, Object> properties = properties();
        properties.put("kyc.temporal.tls.cert-file", missing.toString());
        properties.put("kyc.temporal.tls.key-file", "/nonexistent/kyc-worker.key");

        assertThatThrownBy(() ->
                        WorkerApplication.micronaut().properties(properties).start())
                .hasMessageContaining("KYC_TEMPORAL_TLS_CERT_FILE")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void workingSettingsPassTheCheck() {
        try (ApplicationContext worker =
                WorkerApplication.micronaut().properties(properties()).start()) {
            assertThat(worker.isRunning()).isTrue();
        }
    }

    private static Map<String, Object> properties() {
        Map<String, Object> properties = TestWorkers.properties();
        return properties;
    }

    private static void assertNothingListensOn(int port) {
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                    }
                })
                .as("the management server never bound")
                .isInstanceOf(ConnectException.class);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
