package io.onboarding.kyc.devstack;

import io.onboarding.kyc.devserver.DevServerOptions;
import io.onboarding.kyc.devserver.TemporalCli;
import io.onboarding.kyc.devserver.TemporalDevServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Temporal's own dev server with its Web UI, decoding payloads through the web API's codec endpoint. */
final class DevServerTemporal implements TemporalService {

    static final String DATABASE_FILE = "temporal.db";

    private final TemporalDevServer server;
    private final boolean persistent;

    private DevServerTemporal(TemporalDevServer server, boolean persistent) {
        this.server = server;
        this.persistent = persistent;
    }

    /** Empty when Temporal's CLI is not on this machine and could not be installed. */
    static Optional<DevServerTemporal> start(DevstackSettings settings, String codecEndpoint) {
        Optional<Path> cli = TemporalCli.locate();
        if (cli.isEmpty()) {
            return Optional.empty();
        }
        Path state = settings.stateDirectory();
        DevServerOptions options = DevServerOptions.inMemory()
                .withPorts(settings.temporalPort(), settings.uiPort())
                .withCodecEndpoint(codecEndpoint)
                .withLogFile(
                        state == null ? Path.of("target", "devstack-temporal.log") : state.resolve("temporal.log"));
        if (state != null) {
            options = options.withDatabase(state.resolve(DATABASE_FILE));
        }
        try {
            return Optional.of(new DevServerTemporal(TemporalDevServer.start(cli.get(), options), state != null));
        } catch (RuntimeException e) {
            throw new DevstackException("Temporal's dev server did not start: " + e.getMessage(), e);
        }
    }

    /** Forgets everything Temporal kept in {@code state}: the SQLite file and its journal files. */
    static void deleteState(Path state) {
        if (!Files.isDirectory(state)) {
            return;
        }
        try (Stream<Path> files = Files.list(state)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(DATABASE_FILE))
                    .toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete Temporal's state in " + state, e);
        }
    }

    @Override
    public String target() {
        return server.target();
    }

    @Override
    public Optional<String> uiUrl() {
        return Optional.of(server.uiUrl());
    }

    @Override
    public boolean persistent() {
        return persistent;
    }

    @Override
    public void close() {
        server.close();
    }
}
