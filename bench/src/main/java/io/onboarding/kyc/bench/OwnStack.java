package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.DevstackKeys;
import io.onboarding.kyc.devstack.cluster.Cluster;
import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import io.onboarding.kyc.devstack.cluster.ClusterSettings;
import io.onboarding.kyc.devstack.drill.JourneyDatabase;
import io.onboarding.kyc.devstack.drill.SandboxAdmin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench's own cluster, started by the launcher {@code bin/cluster} uses: Temporal's dev server, the sandbox at
 * Tencent's documented quotas and daily limit (its authority knowing the run's identities), N workers and one web
 * API, each its own process, on free ports, Temporal in memory (or in a SQLite file, for the server-crash drill).
 */
final class OwnStack implements Stack {

    private final Cluster cluster;
    private final ClusterSettings settings;
    private final SandboxAdmin sandbox;
    private final JourneyDatabase database;

    private OwnStack(Cluster cluster, ClusterSettings settings) {
        this.cluster = cluster;
        this.settings = settings;
        this.sandbox = new SandboxAdmin(cluster.sandboxUrl());
        this.database =
                new JourneyDatabase(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
    }

    /**
     * @param identities the registry file the sandbox's authority reads ({@link IdentityPool#write})
     */
    static OwnStack start(
            int workers, String databaseUrl, String user, String password, Path root, Path state, Path identities) {
        return start(workers, databaseUrl, user, password, root, state, identities, false);
    }

    /**
     * @param persistTemporal Temporal in a SQLite file in {@code state} (started empty: an earlier run's file is
     *                        deleted), so that it may be killed and restarted ({@link #killTemporal()})
     */
    static OwnStack start(
            int workers,
            String databaseUrl,
            String user,
            String password,
            Path root,
            Path state,
            Path identities,
            boolean persistTemporal) {
        ClusterSettings settings = ClusterSettings.forTests(workers, databaseUrl, user, password, root, state)
                .withSandboxIdentities(identities);
        if (persistTemporal) {
            settings = settings.withPersistentTemporal();
            // one state directory serves every run; its Temporal must not resume an earlier run's workflows
            for (String file : List.of("temporal.db", "temporal.db-wal", "temporal.db-shm", "temporal.db-journal")) {
                try {
                    java.nio.file.Files.deleteIfExists(state.toAbsolutePath().resolve(file));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("could not delete an earlier run's " + file, e);
                }
            }
        }
        return new OwnStack(Cluster.start(settings), settings);
    }

    /**
     * A second stack like this one (the same identities, Temporal in memory), with {@code workers} workers, on
     * another database and state directory: a drill that breaks the database does so on a stack of its own.
     */
    OwnStack alike(int workers, String databaseUrl, String user, String password, Path state) {
        return start(workers, databaseUrl, user, password, settings.root(), state, settings.sandboxIdentities(), false);
    }

    int workerCount() {
        return settings.workers();
    }

    /** Whether Temporal keeps its state in a file, and so survives {@link #killTemporal()}. */
    boolean persistsTemporal() {
        return settings.persistTemporal();
    }

    /** {@code kill -9} of Temporal's server. */
    void killTemporal() {
        cluster.killTemporal();
    }

    /** Temporal's server again, same port and file; returns once it serves. */
    void restartTemporal() {
        cluster.restartTemporal();
    }

    /** Where this stack keeps its keys and logs; a second stack's goes beside it. */
    Path stateDirectory() {
        return cluster.stateDirectory();
    }

    @Override
    public List<String> webUrls() {
        return List.of(cluster.webUrl());
    }

    @Override
    public String productKey() {
        return cluster.apiKeys().secret(DevstackKeys.Seat.PRODUCT);
    }

    @Override
    public String supportKey() {
        return cluster.apiKeys().secret(DevstackKeys.Seat.SUPPORT);
    }

    @Override
    public SandboxAdmin sandbox() {
        return sandbox;
    }

    @Override
    public JourneyDatabase database() {
        return database;
    }

    @Override
    public List<ClusterProcess> workers() {
        return cluster.workers();
    }

    @Override
    public void restartWorkers(Map<String, String> extraEnvironment) {
        // all stopped, then all started: JVM start-up dominates, and the processes start faster side by side
        cluster.workers().parallelStream().forEach(worker -> worker.stop(Duration.ofSeconds(60)));
        for (ClusterProcess worker : cluster.workers()) {
            worker.start(extraEnvironment, null);
        }
        for (ClusterProcess worker : cluster.workers()) {
            worker.awaitReady(Duration.ofMinutes(3));
        }
    }

    @Override
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (ClusterProcess worker : cluster.workers()) {
            if (worker.isAlive()) {
                pids.put(worker.name(), worker.pid());
            }
        }
        cluster.temporalPid().ifPresent(pid -> pids.put("temporal", pid));
        pids.put("web-api", cluster.webApi().pid());
        pids.put("sandbox", cluster.sandbox().pid());
        return pids;
    }

    @Override
    public String description() {
        return "own cluster (bin/cluster's processes): Temporal's dev server"
                + (settings.persistTemporal() ? " (SQLite file)" : " (in memory)") + ", " + settings.workers()
                + " worker(s), one web API, the sandbox at Tencent's quotas and daily limit; logs in "
                + cluster.stateDirectory().resolve("logs");
    }

    @Override
    public void close() {
        cluster.close();
    }
}
