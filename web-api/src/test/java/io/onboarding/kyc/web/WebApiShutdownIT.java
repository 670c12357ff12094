package io.onboarding.kyc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.testing.ProcessHealth;
import io.onboarding.kyc.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged web API ({@code target/kyc-web-api.jar}, as {@code java -jar} runs it in production) stopped by a
 * real SIGTERM in the middle of a request: it refuses new connections at once, answers the request it was reading,
 * and exits within the grace period.
 */
class WebApiShutdownIT {

    private static final Path JAR = Path.of("target", "kyc-web-api.jar");
    private static final String TEST_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    /** The JVM's exit status after SIGTERM once its shutdown hooks ran: 128 + 15. */
    private static final int ENDED_BY_SIGTERM = 143;

    private Process api;

    @AfterEach
    void stopApi() throws InterruptedException {
        if (api != null && api.isAlive()) {
            api.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRequestInFlightIsAnsweredAndNewConnectionsAreRefused() throws Exception {
        int port = TemporalDevServer.freePort();
        startApi(port);
        byte[] body = "{\"payloads\":[]}".getBytes(StandardCharsets.UTF_8);

        try (Socket inFlight = new Socket("127.0.0.1", port)) {
            OutputStream out = inFlight.getOutputStream();
            // the codec endpoint trusts loopback callers here; half the body is sent, so the request is in progress
            out.write(("POST /codec/encode HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "X-Namespace: default\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 5);
            out.flush();
            Thread.sleep(300);

            long terminated = System.nanoTime();
            api.destroy();
            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThatThrownBy(() -> {
                                try (Socket late = new Socket()) {
                                    late.connect(new InetSocketAddress("127.0.0.1", port), 500);
                                }
                            })
                            .isInstanceOf(ConnectException.class));
            assertThat(api.isAlive()).as("still finishing the request").isTrue();

            out.write(body, 5, body.length - 5);
            out.flush();
            inFlight.setSoTimeout(10_000);
            assertThat(statusLine(inFlight.getInputStream())).isEqualTo("HTTP/1.1 200 OK");

            assertThat(api.waitFor(15, TimeUnit.SECONDS))
                    .as("exits within the grace")
                    .isTrue();
            assertThat(api.exitValue()).isEqualTo(ENDED_BY_SIGTERM);
            assertThat(Duration.ofNanos(System.nanoTime() - terminated)).isLessThan(Duration.ofSeconds(15));
        }
    }

    /** {@code java -jar target/kyc-web-api.jar}, configured from the environment only, once /health answers. */
    private void startApi(int port) throws IOException {
        assertThat(JAR)
                .as("built by `package`, which runs before the integration tests")
                .exists();
        ProcessBuilder command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "web-api-process.log").toFile());
        Map<String, String> env = command.environment();
        env.put("KYC_DB_URL", TestDatabase.shared().url());
        env.put("KYC_DB_USER", TestDatabase.shared().user());
        env.put("KYC_DB_PASSWORD", TestDatabase.shared().password());
        env.put("KYC_TEMPORAL_TARGET", TemporalDevServer.shared().target());
        env.put("KYC_TEMPORAL_PAYLOAD_KEY", TEST_KEY);
        env.put("KYC_SEALING_KEY", TEST_KEY);
        env.put("KYC_CODEC_TRUST_LOOPBACK", "true");
        env.put("KYC_RECONCILE_ENABLED", "false");
        env.put("KYC_WEB_SHUTDOWN_GRACE", "15s");
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        api = command.start();
        ProcessHealth.awaitHealthy(
                api,
                URI.create("http://127.0.0.1:" + port + "/health/liveness"),
                Duration.ofSeconds(40),
                "target/web-api-process.log");
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
