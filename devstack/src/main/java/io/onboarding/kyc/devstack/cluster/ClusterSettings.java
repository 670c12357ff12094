package io.onboarding.kyc.devstack.cluster;

import io.onboarding.kyc.devstack.Preflight;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the cluster's processes listen, how many workers run, which database they share and where the
 * cluster keeps its state. Every value has a default and an environment override: {@code CLUSTER_WEB_PORT}
 * (8180), {@code CLUSTER_TEMPORAL_PORT} (7333), {@code CLUSTER_UI_PORT} (8333), {@code CLUSTER_SANDBOX_PORT}
 * (9180), {@code CLUSTER_MANAGEMENT_PORT} (8181, the first worker's probes and metrics; worker i takes the
 * i-th port from there), {@code KYC_DB_URL} ({@code jdbc:postgresql://127.0.0.1:5432/kyc_cluster}),
 * {@code KYC_DB_USER}, {@code KYC_DB_PASSWORD}, {@code CLUSTER_STATE_DIR} ({@code .cluster}). The defaults
 * differ from the devstack's, so both can run at once. Port 0 picks a free port (tests use that).
 *
 * @param root             the repository, where the runnable jars are built
 * @param stateDirectory   keys, logs, Temporal's SQLite file and the sandbox's configuration
 * @param persistTemporal  whether Temporal keeps its state in {@code stateDirectory} across restarts
 * @param environment      extra variables for every worker and web API process (tests shorten graces)
 * @param sandboxIdentities the authority's registry for the sandbox (a file as {@code identities} in its
 *                          configuration), or {@code null} for the shipped identities; with a registry of its
 *                          own the sandbox keeps Tencent's daily limit per ID number (benchmarks draw distinct
 *                          identities), without one the limit is raised so that load runs may reuse the samples
 */
public record ClusterSettings(
        int workers,
        int webPort,
        int temporalPort,
        int uiPort,
        int sandboxPort,
        int managementPort,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        Path root,
        Path stateDirectory,
        boolean persistTemporal,
        Map<String, String> environment,
        Path sandboxIdentities) {

    public static final int DEFAULT_WORKERS = 2;

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    public ClusterSettings {
        if (workers < 1 || workers > 32) {
            throw new IllegalArgumentException("--workers must be between 1 and 32, got " + workers);
        }
        if (!POSTGRES_URL.matcher(databaseUrl).matches()) {
            throw new IllegalArgumentException(
                    "KYC_DB_URL must look like jdbc:postgresql://host:port/database, got " + databaseUrl);
        }
        environment = Map.copyOf(environment);
    }

    public static ClusterSettings fromEnvironment(Map<String, String> env, int workers, Path root) {
        return new ClusterSettings(
                workers,
                Preflight.port(env, "CLUSTER_WEB_PORT", 8180),
                Preflight.port(env, "CLUSTER_TEMPORAL_PORT", 7333),
                Preflight.port(env, "CLUSTER_UI_PORT", 8333),
                Preflight.port(env, "CLUSTER_SANDBOX_PORT", 9180),
                Preflight.port(env, "CLUSTER_MANAGEMENT_PORT", 8181),
                env.getOrDefault("KYC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kyc_cluster"),
                env.getOrDefault("KYC_DB_USER", "postgres"),
                env.getOrDefault("KYC_DB_PASSWORD", ""),
                root,
                root.resolve(env.getOrDefault("CLUSTER_STATE_DIR", ".cluster")),
                true,
                Map.of(),
                null);
    }

    /** Free ports everywhere, Temporal in memory, state (keys and logs) in {@code stateDirectory}: a test's cluster. */
    public static ClusterSettings forTests(
            int workers, String databaseUrl, String databaseUser, String databasePassword, Path root, Path state) {
        return new ClusterSettings(
                workers,
                0,
                0,
                0,
                0,
                0,
                databaseUrl,
                databaseUser,
                databasePassword,
                root,
                state,
                false,
                Map.of(),
                null);
    }

    /** The same, with one more variable for every worker and web API process. */
    public ClusterSettings with(String variable, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(variable, value);
        return copy(persistTemporal, more, sandboxIdentities);
    }

    /** The same, with the sandbox's authority knowing these identities (and only them), at Tencent's daily limit. */
    public ClusterSettings withSandboxIdentities(Path identities) {
        return copy(persistTemporal, environment, identities.toAbsolutePath());
    }

    /** The same, with Temporal keeping its state in {@code stateDirectory}'s SQLite file, so it may be restarted. */
    public ClusterSettings withPersistentTemporal() {
        return copy(true, environment, sandboxIdentities);
    }

    /** These settings with the parts the withers change; ports, database and directories stay. */
    private ClusterSettings copy(boolean persist, Map<String, String> env, Path identities) {
        return new ClusterSettings(
                workers,
                webPort,
                temporalPort,
                uiPort,
                sandboxPort,
                managementPort,
                databaseUrl,
                databaseUser,
                databasePassword,
                root,
                stateDirectory,
                persist,
                env,
                identities);
    }

    /** The sandbox's per-ID daily verification limit in this cluster. */
    int dailyVerificationLimit() {
        return sandboxIdentities == null ? Cluster.DAILY_VERIFICATION_LIMIT : Cluster.DOCUMENTED_DAILY_LIMIT;
    }

    /** The server's maintenance database, for creating ours. */
    String maintenanceUrl() {
        Matcher url = POSTGRES_URL.matcher(databaseUrl);
        url.matches();
        return url.group(1) + "/postgres" + (url.group(3) == null ? "" : url.group(3));
    }

    String databaseName() {
        Matcher url = POSTGRES_URL.matcher(databaseUrl);
        url.matches();
        return url.group(2);
    }

    Path workerJar() {
        return root.resolve("worker/target/kyc-worker.jar");
    }

    Path webApiJar() {
        return root.resolve("web-api/target/kyc-web-api.jar");
    }

    Path sandboxJar() {
        return root.resolve("tencent-sandbox/target/kyc-tencent-sandbox.jar");
    }
}
