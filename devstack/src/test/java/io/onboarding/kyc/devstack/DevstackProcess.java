package io.onboarding.kyc.devstack;

import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The devstack as bin/devstack runs it: its own JVM, in a process group of its own (so a test can kill
 * the whole group, Temporal's server included, the way a crash or {@code kill -9} would), fixed ports and a
 * state directory that outlives it.
 */
final class DevstackProcess {

    private final Map<String, String> environment = new HashMap<>();
    private final Path stateDirectory;
    private final Path log;
    private Process process;

    DevstackProcess(Path stateDirectory, TestDatabase db) {
        this.stateDirectory = stateDirectory;
        this.environment.putAll(Map.of(
                "DEVSTACK_WEB_PORT", String.valueOf(TemporalDevServer.freePort()),
                "DEVSTACK_TEMPORAL_PORT", String.valueOf(TemporalDevServer.freePort()),
                "DEVSTACK_UI_PORT", String.valueOf(TemporalDevServer.freePort()),
                "DEVSTACK_SANDBOX_PORT", String.valueOf(TemporalDevServer.freePort()),
                "DEVSTACK_STATE_DIR", stateDirectory.toString(),
                "KYC_DB_URL", db.url(),
                "KYC_DB_USER", db.user(),
                "KYC_DB_PASSWORD", db.password()));
        this.log = stateDirectory.resolve("devstack.out");
    }

    /** Sets an environment variable for the next start, e.g. a shorter reconciliation grace. */
    DevstackProcess with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    Path stateDirectory() {
        return stateDirectory;
    }

    String webUrl() {
        return "http://127.0.0.1:" + environment.get("DEVSTACK_WEB_PORT");
    }

    String sandboxUrl() {
        return "http://127.0.0.1:" + environment.get("DEVSTACK_SANDBOX_PORT");
    }

    /** Starts it and waits until the web API answers. */
    void start() {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        "setsid",
                        java,
                        "-Dlogback.configurationFile=devstack-logback.xml",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Devstack.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the devstack did not come up; see " + log);
            }
            pause();
        }
    }

    /** {@code kill -9} of the whole process group, then waits until every process of it is gone. */
    List<ProcessHandle> killProcessGroup() {
        List<ProcessHandle> group = new ArrayList<>(process.descendants().toList());
        group.add(process.toHandle());
        try {
            int exit = new ProcessBuilder("kill", "-9", "--", "-" + process.pid())
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -9 of process group " + process.pid() + " exited " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (group.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            pause();
        }
        return group;
    }

    /** A polite stop, as Ctrl-C would. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean answers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(webUrl() + "/v1/journeys/jny_probe"))
                                    .GET()
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
