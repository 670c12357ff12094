package io.onboarding.kyc.devserver;

import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporal's own dev server ({@code temporal server start-dev}): the real frontend, history and matching
 * services with SQLite persistence, SQL visibility (so search attributes can be searched) and the Web UI,
 * bound to loopback. Started as a child process behind a small shell watchdog that stops the server when
 * this JVM goes away, however it goes, so no server outlives its owner.
 */
public final class TemporalDevServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TemporalDevServer.class);
    public static final String NAMESPACE = "default";
    private static final String HOST = "127.0.0.1";
    private static final Duration STARTUP = Duration.ofSeconds(60);
    /** The matching service's long-poll expiry; under kyc.worker.shutdown-grace with room to spare. */
    private static final String LONG_POLL_EXPIRY = "5s";

    /** Runs the server with stdin closed, and stops it (TERM, then waits) once our end of stdin closes. */
    private static final String WATCHDOG =
            "\"$@\" </dev/null & server=$!; cat >/dev/null; " + "kill -TERM $server 2>/dev/null; wait $server";

    private static final Random RANDOM = new Random();
    private static TemporalDevServer shared;

    private final Process process;
    private final int grpcPort;
    private final int uiPort;
    private final Path logFile;

    private TemporalDevServer(Process process, int grpcPort, int uiPort, Path logFile) {
        this.process = process;
        this.grpcPort = grpcPort;
        this.uiPort = uiPort;
        this.logFile = logFile;
    }

    /** One in-memory, headless server per test JVM, on random ports, stopped when the JVM exits. */
    public static synchronized TemporalDevServer shared() {
        if (shared == null) {
            Path log = Path.of("target", "temporal-dev-server.log");
            shared = start(TemporalCli.require(), DevServerOptions.inMemory().withLogFile(log));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "temporal-dev-server-stop"));
        }
        return shared;
    }

    public static TemporalDevServer start(Path cli, DevServerOptions options) {
        int grpcPort = options.grpcPort() == 0 ? freePort() : options.grpcPort();
        int uiPort = options.uiPort() == 0 ? freePort() : options.uiPort();
        List<String> command = new ArrayList<>(List.of(
                "sh",
                "-c",
                WATCHDOG,
                "temporal-dev-server",
                cli.toString(),
                "server",
                "start-dev",
                "--ip",
                HOST,
                "--port",
                String.valueOf(grpcPort),
                "--log-level",
                "warn",
                // An idle poll comes back empty after this instead of a minute, so a stopping worker can wait
                // for its polls rather than cancel them (WorkerDrain): this server predates ending them itself.
                "--dynamic-config-value",
                "matching.longPollExpirationInterval=\"" + LONG_POLL_EXPIRY + "\""));
        if (options.headless()) {
            command.add("--headless");
        } else {
            command.addAll(List.of("--ui-ip", HOST, "--ui-port", String.valueOf(uiPort), "--ui-disable-news-fetch"));
        }
        if (options.database() != null) {
            command.addAll(List.of("--db-filename", options.database().toString()));
        }
        if (options.codecEndpoint() != null) {
            command.addAll(List.of("--ui-codec-endpoint", options.codecEndpoint()));
        }
        Path log = options.logFile().toAbsolutePath();
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + cli + " server start-dev", e);
        }
        TemporalDevServer server = new TemporalDevServer(process, grpcPort, options.headless() ? -1 : uiPort, log);
        try {
            server.awaitServing();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info(
                "Temporal dev server on {} (UI {}, log {})",
                server.target(),
                options.headless() ? "off" : server.uiUrl(),
                log);
        return server;
    }

    public String target() {
        return HOST + ":" + grpcPort;
    }

    public int grpcPort() {
        return grpcPort;
    }

    /** The Web UI's address, e.g. {@code http://127.0.0.1:8233}; also the origin its pages run under. */
    public String uiUrl() {
        if (uiPort < 0) {
            throw new IllegalStateException("this dev server runs headless");
        }
        return "http://" + HOST + ":" + uiPort;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the frontend answers and the default namespace exists; the process dying ends the wait. */
    private void awaitServing() {
        Instant deadline = Instant.now().plus(STARTUP);
        WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget(target())
                .setRpcTimeout(Duration.ofSeconds(2))
                .build());
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Temporal dev server exited with " + process.exitValue()
                            + " before serving; see " + logFile);
                }
                try {
                    stubs.blockingStub()
                            .describeNamespace(DescribeNamespaceRequest.newBuilder()
                                    .setNamespace(NAMESPACE)
                                    .build());
                    return;
                } catch (StatusRuntimeException notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException(
                                "the Temporal dev server did not serve " + target() + " within " + STARTUP.toSeconds()
                                        + " s; see " + logFile,
                                notYet);
                    }
                    sleep(200);
                }
            }
        } finally {
            stubs.shutdownNow();
        }
    }

    /** Closes the watchdog's stdin, so it stops the server and waits for it; forces after 15 s. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed: the watchdog is stopping or gone
        }
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A port that is free now, for a server started a moment later. Taken below Linux's ephemeral range
     * (32768 and up): the dev server binds its own internal ports there, and would otherwise be free to
     * take one we picked before we bind it.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20000 + RANDOM.nextInt(12000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate), 1);
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port on loopback between 20000 and 32000"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Temporal dev server", e);
        }
    }
}
