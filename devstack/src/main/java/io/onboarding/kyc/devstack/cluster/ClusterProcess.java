package io.onboarding.kyc.devstack.cluster;

import io.onboarding.kyc.devstack.DevstackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the cluster's processes: a JVM started from its runnable jar, in a session of its own (so that a
 * Ctrl-C in the terminal reaches only the launcher, which stops the parts in order, each with SIGTERM), its
 * output appended to a log file. It is ready when {@code readiness} answers 200. It can be stopped (SIGTERM,
 * as an orchestrator does), killed ({@code kill -9}) and started again with the same command and settings.
 */
public final class ClusterProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final URI readiness;
    private volatile Process process;

    ClusterProcess(String name, List<String> command, Map<String, String> environment, Path log, URI readiness) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.readiness = readiness;
    }

    /** Starts it (again, if it ran before); {@link #awaitReady} waits for it to serve. */
    public ClusterProcess start() {
        return start(Map.of(), null);
    }

    /**
     * Starts it with settings other than the launcher's, for this run only (a benchmark comparing them): {@code
     * moreEnvironment} on top of its environment, and {@code javaHome}'s {@code bin/java} instead of the launcher's
     * own JVM when it is not {@code null} (another JDK). A later {@link #start()} is the launcher's again.
     */
    public synchronized ClusterProcess start(Map<String, String> moreEnvironment, Path javaHome) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running already (pid " + process.pid() + ")");
        }
        List<String> line = new ArrayList<>();
        line.add("setsid");
        line.addAll(command);
        if (javaHome != null) {
            // the command starts with the launcher's java binary (Cluster builds it so)
            line.set(1, javaHome.resolve("bin").resolve("java").toString());
        }
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().putAll(moreEnvironment);
        // Settings the cluster sets itself must not meet a conflicting one from the caller's shell.
        builder.environment().remove("KYC_TEMPORAL_PAYLOAD_KEYS");
        builder.environment().remove("KYC_SEALING_KEYS");
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.writeString(
                    log,
                    "---- cluster: starting " + name + " at " + Instant.now()
                            + (javaHome == null ? "" : " with " + javaHome)
                            + (moreEnvironment.isEmpty() ? "" : " and " + moreEnvironment.keySet())
                            + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + String.join(" ", command), e);
        }
        return this;
    }

    /** Waits until the readiness URL answers 200; fails at once, with the log's last lines, if the process exits. */
    public ClusterProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Process running = process;
        while (!ready()) {
            if (!running.isAlive()) {
                throw new DevstackException(
                        name + " exited with status " + running.exitValue() + " before it was ready; " + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DevstackException(
                        name + " was not ready at " + readiness + " within " + timeout.toSeconds() + " s; " + tail());
            }
            sleep(250);
        }
        return this;
    }

    /** SIGTERM, then waits for it to exit (up to {@code patience}, then SIGKILL); returns its exit status. */
    public int stop(Duration patience) {
        Process running = process;
        if (running == null) {
            return 0;
        }
        running.destroy();
        try {
            if (!running.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
                running.waitFor();
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return running.isAlive() ? -1 : running.exitValue();
    }

    /** {@code kill -9}: no shutdown hook, no drain; returns once it is gone. */
    public void kill() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroyForcibly();
        try {
            running.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** The exit status of the last run, once it has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    public Path log() {
        return log;
    }

    public URI readiness() {
        return readiness;
    }

    /** The process as the operating system knows it, e.g. for its CPU time in {@code /proc/<pid>/stat}. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted while waiting for " + name, e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 15), lines.size());
            return "see " + log + "; its last lines:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), last);
        } catch (IOException | UncheckedIOException e) {
            return "see " + log;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted", e);
        }
    }
}
