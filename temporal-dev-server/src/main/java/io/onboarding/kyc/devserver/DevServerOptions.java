package io.onboarding.kyc.devserver;

import java.nio.file.Path;

/**
 * How to run a dev server. A port of 0 picks a free one.
 *
 * @param grpcPort      the frontend's gRPC port
 * @param uiPort        the Web UI's port
 * @param headless      no Web UI at all (tests that only need the service)
 * @param database      the SQLite file that keeps everything across restarts; null keeps state in memory
 * @param codecEndpoint the codec server the Web UI decodes payloads through; null for none
 * @param logFile       where the server's own output goes
 */
public record DevServerOptions(
        int grpcPort, int uiPort, boolean headless, Path database, String codecEndpoint, Path logFile) {

    public static DevServerOptions inMemory() {
        return new DevServerOptions(0, 0, true, null, null, Path.of("temporal-dev-server.log"));
    }

    public DevServerOptions withPorts(int grpc, int ui) {
        return new DevServerOptions(grpc, ui, false, database, codecEndpoint, logFile);
    }

    public DevServerOptions withDatabase(Path file) {
        return new DevServerOptions(grpcPort, uiPort, headless, file, codecEndpoint, logFile);
    }

    public DevServerOptions withCodecEndpoint(String url) {
        return new DevServerOptions(grpcPort, uiPort, headless, database, url, logFile);
    }

    public DevServerOptions withLogFile(Path file) {
        return new DevServerOptions(grpcPort, uiPort, headless, database, codecEndpoint, file);
    }
}
