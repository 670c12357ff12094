package io.onboarding.kyc.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the devstack's parts listen, which database it uses and where Temporal keeps its state. Every
 * value has a default and an environment override: {@code DEVSTACK_WEB_PORT}, {@code DEVSTACK_TEMPORAL_PORT},
 * {@code DEVSTACK_UI_PORT}, {@code DEVSTACK_SANDBOX_PORT}, {@code KYC_DB_URL}, {@code KYC_DB_USER},
 * {@code KYC_DB_PASSWORD}, {@code DEVSTACK_STATE_DIR}. Port 0 picks a free port (tests use that).
 *
 * @param stateDirectory where Temporal's SQLite file lives (git-ignored {@code .devstack/}); null keeps
 *                       Temporal's state in memory, as tests do
 */
public record DevstackSettings(
        int webPort,
        int temporalPort,
        int uiPort,
        int sandboxPort,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        Path stateDirectory) {

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    public DevstackSettings {
        if (!POSTGRES_URL.matcher(databaseUrl).matches()) {
            throw new IllegalArgumentException(
                    "KYC_DB_URL must look like jdbc:postgresql://host:port/database, got " + databaseUrl);
        }
    }

    public static DevstackSettings fromEnvironment(Map<String, String> env) {
        return new DevstackSettings(
                Preflight.port(env, "DEVSTACK_WEB_PORT", 8080),
                Preflight.port(env, "DEVSTACK_TEMPORAL_PORT", 7233),
                Preflight.port(env, "DEVSTACK_UI_PORT", 8233),
                Preflight.port(env, "DEVSTACK_SANDBOX_PORT", 9080),
                env.getOrDefault("KYC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kyc"),
                env.getOrDefault("KYC_DB_USER", "postgres"),
                env.getOrDefault("KYC_DB_PASSWORD", ""),
                Path.of(env.getOrDefault("DEVSTACK_STATE_DIR", ".devstack")));
    }

    /** Free ports everywhere, Temporal in memory: what a test starts. */
    public static DevstackSettings forTests(String databaseUrl, String databaseUser, String databasePassword) {
        return new DevstackSettings(0, 0, 0, 0, databaseUrl, databaseUser, databasePassword, null);
    }

    /** The same, with Temporal's state kept in {@code directory} (tests of a restart). */
    public DevstackSettings withStateDirectory(Path directory) {
        return new DevstackSettings(
                webPort, temporalPort, uiPort, sandboxPort, databaseUrl, databaseUser, databasePassword, directory);
    }

    /** The server's maintenance database, for creating ours. */
    public String maintenanceUrl() {
        Matcher url = POSTGRES_URL.matcher(databaseUrl);
        url.matches();
        return url.group(1) + "/postgres" + (url.group(3) == null ? "" : url.group(3));
    }

    public String databaseName() {
        Matcher url = POSTGRES_URL.matcher(databaseUrl);
        url.matches();
        return url.group(2);
    }
}
