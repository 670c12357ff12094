package io.onboarding.kyc.devstack.drill;

import io.onboarding.kyc.devstack.DevstackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a drill's own, in a temporary directory, on a free loopback port with trust
 * authentication: a drill may crash and restart it without touching the shared one other sessions and tests use.
 * PostgreSQL refuses to run as root, so as root its commands run as the {@code postgres} OS user
 * ({@code runuser}). {@link #close()} stops it and deletes the directory.
 */
public final class ThrowAwayPostgres implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String USER = "postgres";

    private final Path bin;
    private final Path directory;
    private final int port;
    private volatile boolean closed;

    private ThrowAwayPostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    /** {@code initdb} into a new temporary directory, then starts the server on {@code port}. */
    public static ThrowAwayPostgres start(int port) {
        Path bin = binaries();
        Path directory;
        try {
            directory = Files.createTempDirectory("kyc-drill-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a directory for PostgreSQL", e);
        }
        ThrowAwayPostgres postgres = new ThrowAwayPostgres(bin, directory, port);
        try {
            if (asRoot()) {
                run(List.of("chown", USER, directory.toString()), Duration.ofSeconds(10));
            }
            // --no-sync: a throw-away cluster's files need not survive the machine, only the server
            postgres.runAsOwner(
                    List.of(
                            bin.resolve("initdb").toString(),
                            "-D",
                            postgres.data().toString(),
                            "-U",
                            USER,
                            "--auth=trust",
                            "--no-sync",
                            "--encoding=UTF8",
                            "--locale=C"),
                    Duration.ofMinutes(2));
            postgres.serverStart();
            postgres.awaitAnswering(Duration.ofSeconds(30));
            return postgres;
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The JDBC URL of a database on it (created by whoever connects first, e.g. the cluster's preflight). */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    public int port() {
        return port;
    }

    /** The server's own log, for a drill's evidence. */
    public Path log() {
        return directory.resolve("postgres.log");
    }

    /**
     * A crash and a restart: {@code pg_ctl stop -m immediate} (no checkpoint: the server recovers from its WAL at
     * the next start, as after a power cut), {@code away} with no server at all, then a start. Returns how long it
     * was away, from the stop until a new connection succeeded.
     */
    public Duration crashAndRestart(Duration away) {
        Instant stopped = Instant.now();
        pgCtl(List.of("stop", "-m", "immediate"));
        sleep(away.toMillis());
        serverStart();
        awaitAnswering(Duration.ofSeconds(60));
        return Duration.between(stopped, Instant.now());
    }

    /** Stops it at once and deletes its directory; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Files.exists(data().resolve("postmaster.pid"))) {
            try {
                pgCtl(List.of("stop", "-m", "immediate"));
            } catch (DevstackException e) {
                System.err.println("drill: could not stop the throw-away PostgreSQL: " + e.getMessage());
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("drill: could not delete " + directory + ": " + e.getMessage());
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void serverStart() {
        // its socket in its own directory, not /var/run/postgresql, which the shared server owns
        pgCtl(List.of(
                "start",
                "-w",
                "-t",
                "60",
                "-l",
                log().toString(),
                "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1"));
    }

    private void pgCtl(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString()));
        command.addAll(arguments);
        runAsOwner(command, Duration.ofSeconds(90));
    }

    private void awaitAnswering(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        DriverManager.setLoginTimeout(2);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = DriverManager.getConnection(url(USER), USER, "")) {
                if (connection.isValid(2)) {
                    return;
                }
            } catch (SQLException notYet) {
                last = notYet;
            }
            sleep(100);
        }
        throw new DevstackException(
                "the throw-away PostgreSQL did not answer on port " + port + " within " + patience.toSeconds()
                        + " s; see " + log(),
                last);
    }

    private void runAsOwner(List<String> command, Duration patience) {
        List<String> line = new ArrayList<>();
        if (asRoot()) {
            line.addAll(List.of("runuser", "-u", USER, "--"));
        }
        line.addAll(command);
        run(line, patience);
    }

    private static void run(List<String> command, Duration patience) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            // pg_ctl start leaves the server holding no pipe of ours (its output goes to -l), so this ends
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new DevstackException(String.join(" ", command) + " did not finish within " + patience);
            }
            if (process.exitValue() != 0) {
                throw new DevstackException(String.join(" ", command) + " failed with status " + process.exitValue()
                        + ": " + new String(output, StandardCharsets.UTF_8).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted while running " + command.get(0), e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest installed major version's binaries ({@code /usr/lib/postgresql/<major>/bin}). */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            Optional<Path> newest = versions.filter(
                            v -> Files.isExecutable(v.resolve("bin").resolve("pg_ctl")))
                    .max(Comparator.comparingInt(ThrowAwayPostgres::major));
            return newest.map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new DevstackException("no PostgreSQL binaries under " + INSTALLATIONS));
        } catch (IOException e) {
            throw new DevstackException("no PostgreSQL binaries under " + INSTALLATIONS + ": " + e.getMessage(), e);
        }
    }

    private static int major(Path version) {
        try {
            return Integer.parseInt(version.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
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
