package io.onboarding.kyc.devstack.cluster;

import io.micronaut.context.ApplicationContext;
import io.onboarding.kyc.devserver.DevServerOptions;
import io.onboarding.kyc.devserver.TemporalCli;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.devstack.DevstackException;
import io.onboarding.kyc.devstack.DevstackKeys;
import io.onboarding.kyc.devstack.Preflight;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.encryption.SandboxKeyPair;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.web.auth.KeyCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The production topology on one machine, each part its own process from its runnable artefact: Temporal's
 * own dev server with its Web UI (through the temporal CLI, as the devstack runs it), the Tencent sandbox at
 * its documented quotas, N worker processes and one web API, against the local PostgreSQL. It generates the
 * payload and sealing keys once and keeps them in its state directory, with one API key per role; it prints
 * what runs where, and stops everything in order: the web API, then the workers (SIGTERM, so each drains
 * within {@code KYC_WORKER_SHUTDOWN_GRACE}), the sandbox, Temporal. Not for production: loopback only, the
 * sandbox instead of Tencent, Temporal's dev server instead of a cluster. {@code bin/cluster} runs it.
 */
public final class Cluster implements AutoCloseable {

    /** The sandbox's quotas stay Tencent's documented ones; only its per-ID daily limit is raised, for load. */
    static final int DAILY_VERIFICATION_LIMIT = 1_000_000;
    /** Tencent's: each ID number may be verified ten times a Beijing day. */
    static final int DOCUMENTED_DAILY_LIMIT = 10;

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);
    private static final String PIDS_FILE = "pids";
    private static final String ENV_FILE = "cluster.env";

    private final ClusterSettings settings;
    /** Replaced by {@link #restartTemporal()}; the CLI and options it was started with start it again. */
    private volatile TemporalDevServer temporal;

    private final Path temporalCli;
    private final DevServerOptions temporalOptions;
    private final ClusterProcess sandbox;
    private final List<ClusterProcess> workers;
    private final ClusterProcess webApi;
    private final List<Integer> managementPorts;
    private final int webPort;
    private final int sandboxPort;
    private final DevstackKeys keys;
    private final ClusterSecrets secrets;
    private volatile boolean closed;

    private Cluster(
            ClusterSettings settings,
            TemporalDevServer temporal,
            ClusterProcess sandbox,
            List<ClusterProcess> workers,
            ClusterProcess webApi,
            List<Integer> managementPorts,
            int webPort,
            int sandboxPort,
            DevstackKeys keys,
            ClusterSecrets secrets,
            Path temporalCli,
            DevServerOptions temporalOptions) {
        this.settings = settings;
        this.temporal = temporal;
        this.temporalCli = temporalCli;
        this.temporalOptions = temporalOptions;
        this.sandbox = sandbox;
        this.workers = List.copyOf(workers);
        this.webApi = webApi;
        this.managementPorts = List.copyOf(managementPorts);
        this.webPort = webPort;
        this.sandboxPort = sandboxPort;
        this.keys = keys;
        this.secrets = secrets;
    }

    public static Cluster start(ClusterSettings settings) {
        for (Path jar : List.of(settings.workerJar(), settings.webApiJar(), settings.sandboxJar())) {
            if (!Files.isRegularFile(jar)) {
                throw new DevstackException(jar + " is missing: build the runnable jars first "
                        + "(./mvnw -q -B install -DskipTests, or bin/cluster, which builds what is missing)");
            }
        }
        Path state = settings.stateDirectory().toAbsolutePath();
        Path logs = state.resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + logs, e);
        }
        refuseLeftovers(state);
        int webPort = port(settings.webPort(), "web API", "CLUSTER_WEB_PORT");
        int temporalPort = port(settings.temporalPort(), "Temporal gRPC", "CLUSTER_TEMPORAL_PORT");
        int uiPort = port(settings.uiPort(), "Temporal Web UI", "CLUSTER_UI_PORT");
        int sandboxPort = port(settings.sandboxPort(), "Tencent sandbox", "CLUSTER_SANDBOX_PORT");
        List<Integer> managementPorts = new ArrayList<>();
        for (int i = 0; i < settings.workers(); i++) {
            managementPorts.add(
                    settings.managementPort() == 0
                            ? TemporalDevServer.freePort()
                            : port(
                                    settings.managementPort() + i,
                                    "worker " + (i + 1) + " management",
                                    "CLUSTER_MANAGEMENT_PORT"));
        }
        databaseReady(settings);
        ClusterSecrets secrets = ClusterSecrets.ensure(state);
        Path cli = TemporalCli.locate()
                .orElseThrow(() -> new DevstackException(
                        "Temporal's CLI is not on PATH and could not be installed (bin/temporal-cli says why); "
                                + "the cluster runs Temporal's own server only"));
        String webUrl = "http://127.0.0.1:" + webPort;
        DevServerOptions options = DevServerOptions.inMemory()
                .withPorts(temporalPort, uiPort)
                .withCodecEndpoint(webUrl + "/codec")
                .withLogFile(logs.resolve("temporal.log"));
        if (settings.persistTemporal()) {
            options = options.withDatabase(state.resolve("temporal.db"));
        }
        TemporalDevServer temporal;
        try {
            temporal = TemporalDevServer.start(cli, options);
        } catch (RuntimeException e) {
            throw new DevstackException("Temporal's dev server did not start: " + e.getMessage(), e);
        }
        List<ClusterProcess> started = new ArrayList<>();
        try {
            DevstackKeys keys = apiKeys(settings, secrets, state);
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> jvm = jvmOptions();

            List<String> sandboxCommand = new ArrayList<>(
                    List.of(java, "-Djava.awt.headless=true", "-Dlogback.configurationFile=logback-sandbox.xml"));
            sandboxCommand.addAll(jvm);
            sandboxCommand.addAll(List.of(
                    "-jar",
                    settings.sandboxJar().toString(),
                    "--config",
                    sandboxConfig(settings, state).toString()));
            ClusterProcess sandbox = new ClusterProcess(
                    "sandbox",
                    sandboxCommand,
                    Map.of("SANDBOX_HOST", "127.0.0.1", "SANDBOX_PORT", String.valueOf(sandboxPort)),
                    logs.resolve("sandbox.log"),
                    URI.create("http://127.0.0.1:" + sandboxPort + "/_sandbox/health"));
            started.add(sandbox.start());

            Map<String, String> common = new LinkedHashMap<>();
            common.put("KYC_DB_URL", settings.databaseUrl());
            common.put("KYC_DB_USER", settings.databaseUser());
            common.put("KYC_DB_PASSWORD", settings.databasePassword());
            common.put("KYC_TEMPORAL_TARGET", temporal.target());
            common.put("KYC_TEMPORAL_NAMESPACE", TemporalDevServer.NAMESPACE);
            // Several JVMs start at once on what may be a small machine: give Temporal's check time.
            common.put("KYC_TEMPORAL_CONNECT_TIMEOUT", "60s");
            common.put(ClusterSecrets.PAYLOAD_KEY, secrets.payloadKey());
            common.put(ClusterSecrets.SEALING_KEY, secrets.sealingKey());
            // callbacks to receivers on this machine, over plain http, as in the devstack (docs/callbacks.md)
            common.put("KYC_CALLBACKS_ALLOW_LOOPBACK_HTTP", "true");
            common.put("KYC_CALLBACKS_ALLOW_PRIVATE_ADDRESSES", "true");
            String sandboxUrl = "http://127.0.0.1:" + sandboxPort;

            List<ClusterProcess> workers = new ArrayList<>();
            for (int i = 0; i < settings.workers(); i++) {
                Map<String, String> env = new LinkedHashMap<>(common);
                env.put("TENCENTCLOUD_SECRET_ID", SandboxConfig.DEV_SECRET_ID);
                env.put("TENCENTCLOUD_SECRET_KEY", SandboxConfig.DEV_SECRET_KEY);
                env.put("TENCENT_OCR_ENDPOINT", sandboxUrl);
                env.put("TENCENT_FACEID_ENDPOINT", sandboxUrl);
                env.put("TENCENT_ENCRYPTION_ENABLED", "true");
                env.put(
                        "TENCENT_ENCRYPTION_PUBLIC_KEY",
                        SandboxKeyPair.testOnly().publicKeyPem());
                env.put("KYC_WORKER_MANAGEMENT_HOST", "127.0.0.1");
                env.put("KYC_WORKER_MANAGEMENT_PORT", String.valueOf(managementPorts.get(i)));
                env.putAll(settings.environment());
                List<String> command = new ArrayList<>(List.of(java));
                command.addAll(jvm);
                command.addAll(List.of("-jar", settings.workerJar().toString()));
                ClusterProcess worker = new ClusterProcess(
                        "worker-" + (i + 1),
                        command,
                        env,
                        logs.resolve("worker-" + (i + 1) + ".log"),
                        URI.create("http://127.0.0.1:" + managementPorts.get(i) + "/health/readiness"));
                workers.add(worker);
                started.add(worker.start());
            }

            Map<String, String> webEnv = new LinkedHashMap<>(common);
            webEnv.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
            webEnv.put("MICRONAUT_SERVER_PORT", String.valueOf(webPort));
            // The Web UI on this machine decodes through the codec endpoint without a token: loopback only.
            webEnv.put("KYC_CODEC_UI_ORIGINS", temporal.uiUrl());
            webEnv.put("KYC_CODEC_TRUST_LOOPBACK", "true");
            webEnv.putAll(settings.environment());
            List<String> webCommand = new ArrayList<>(List.of(java));
            webCommand.addAll(jvm);
            webCommand.addAll(List.of("-jar", settings.webApiJar().toString()));
            ClusterProcess webApi = new ClusterProcess(
                    "web-api",
                    webCommand,
                    webEnv,
                    logs.resolve("web-api.log"),
                    URI.create(webUrl + "/health/readiness"));
            started.add(webApi.start());

            awaitAllReady(started);
            Cluster cluster = new Cluster(
                    settings,
                    temporal,
                    sandbox,
                    workers,
                    webApi,
                    managementPorts,
                    webPort,
                    sandboxPort,
                    keys,
                    secrets,
                    cli,
                    options);
            cluster.writeStateFiles();
            return cluster;
        } catch (RuntimeException e) {
            for (ClusterProcess process : started) {
                process.stop(Duration.ofSeconds(10));
            }
            temporal.close();
            throw e;
        }
    }

    /** The processes start together (JVM start-up dominates); each must be ready within the patience. */
    private static void awaitAllReady(List<ClusterProcess> processes) {
        ExecutorService waiting = Executors.newFixedThreadPool(processes.size());
        try {
            List<Future<ClusterProcess>> ready = new ArrayList<>();
            for (ClusterProcess process : processes) {
                ready.add(waiting.submit(() -> process.awaitReady(START_PATIENCE)));
            }
            for (Future<ClusterProcess> each : ready) {
                each.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DevstackException("a process did not start: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted while the cluster started", e);
        } finally {
            waiting.shutdownNow();
        }
    }

    /** One API key per role, as the devstack keeps them: reused while they work, else issued anew. */
    private static DevstackKeys apiKeys(ClusterSettings settings, ClusterSecrets secrets, Path state) {
        Map<String, String> env = new HashMap<>();
        env.put("KYC_DB_URL", settings.databaseUrl());
        env.put("KYC_DB_USER", settings.databaseUser());
        env.put("KYC_DB_PASSWORD", settings.databasePassword());
        // the product key's callback secret is sealed with the cluster's own key
        env.put(ClusterSecrets.SEALING_KEY, secrets.sealingKey());
        // The key command's context migrates the database first, so the processes find a whole schema.
        try (ApplicationContext context = KeyCommand.startContext(env)) {
            return DevstackKeys.ensure(context.getBean(ApiKeyStore.class), state);
        }
    }

    private static Path sandboxConfig(ClusterSettings settings, Path state) {
        Path file = state.resolve("sandbox.json");
        String identities = settings.sandboxIdentities() == null
                ? ""
                : "  \"identities\": \""
                        + settings.sandboxIdentities().toString().replace("\\", "\\\\") + "\",\n";
        String json = "{\n  \"note\": \"Written by bin/cluster. Tencent's documented per-second quotas (the sandbox's"
                + " defaults); without a registry of its own, the per-ID daily verification limit raised so that load"
                + " runs may reuse the sample identities.\",\n" + identities
                + "  \"actions\": {\"dailyVerificationLimit\": " + settings.dailyVerificationLimit() + "}\n}\n";
        try {
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return file;
    }

    /** JVM options for every process, from {@code CLUSTER_JAVA_OPTS} (e.g. {@code -Xmx512m}). */
    private static List<String> jvmOptions() {
        String options = System.getenv("CLUSTER_JAVA_OPTS");
        if (options == null || options.isBlank()) {
            return List.of();
        }
        return List.of(options.trim().split("\\s+", -1));
    }

    /** A cluster killed with {@code kill -9} leaves its processes running; a new one would only fight them for ports. */
    private static void refuseLeftovers(Path state) {
        Path pids = state.resolve(PIDS_FILE);
        if (!Files.isRegularFile(pids)) {
            return;
        }
        List<String> alive = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(pids)) {
                String[] parts = line.trim().split("\\s+", -1);
                if (parts.length != 2) {
                    continue;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[1]));
                if (process.isPresent()
                        && process.get().isAlive()
                        && process.get()
                                .info()
                                .commandLine()
                                .map(c -> c.contains("kyc-"))
                                .orElse(false)) {
                    alive.add(parts[0] + " (pid " + parts[1] + ")");
                }
            }
        } catch (IOException | NumberFormatException e) {
            return;
        }
        if (!alive.isEmpty()) {
            throw new DevstackException("processes of an earlier cluster still run: " + String.join(", ", alive)
                    + "; stop them (kill <pid>), then start again");
        }
    }

    private void writeStateFiles() {
        Path state = settings.stateDirectory().toAbsolutePath();
        List<String> pids = new ArrayList<>();
        pids.add("sandbox " + sandbox.pid());
        for (ClusterProcess worker : workers) {
            pids.add(worker.name() + " " + worker.pid());
        }
        pids.add("web-api " + webApi.pid());
        List<String> env = List.of(
                "# Where the cluster's parts listen (bin/cluster); its API keys are in " + DevstackKeys.FILE,
                "export KYC_API_URL=" + webUrl(),
                "export TEMPORAL_ADDRESS=" + temporalTarget(),
                "export KYC_TEMPORAL_UI_URL=" + temporal.uiUrl(),
                "export KYC_SANDBOX_URL=" + sandboxUrl());
        try {
            Files.write(state.resolve(PIDS_FILE), pids);
            Files.write(state.resolve(ENV_FILE), env);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the cluster's state files in " + state, e);
        }
    }

    public String webUrl() {
        return "http://127.0.0.1:" + webPort;
    }

    public String sandboxUrl() {
        return "http://127.0.0.1:" + sandboxPort;
    }

    public String temporalTarget() {
        return temporal.target();
    }

    public String temporalUiUrl() {
        return temporal.uiUrl();
    }

    public DevstackKeys apiKeys() {
        return keys;
    }

    public List<ClusterProcess> workers() {
        return workers;
    }

    public ClusterProcess webApi() {
        return webApi;
    }

    public ClusterProcess sandbox() {
        return sandbox;
    }

    public Path stateDirectory() {
        return settings.stateDirectory().toAbsolutePath();
    }

    /**
     * Stops in the reverse order of starting: the web API takes no more journeys, the workers drain (SIGTERM
     * each, all at once, each within its grace), then the sandbox and Temporal go.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        report(webApi, webApi.stop(Duration.ofSeconds(40)));
        ExecutorService stopping = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<Integer>> exits = new ArrayList<>();
            for (ClusterProcess worker : workers) {
                exits.add(stopping.submit(() -> worker.stop(Duration.ofSeconds(60))));
            }
            for (int i = 0; i < workers.size(); i++) {
                report(workers.get(i), exits.get(i).get());
            }
        } catch (ExecutionException e) {
            System.err.println("cluster: stopping a worker failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopping.shutdownNow();
            report(sandbox, sandbox.stop(Duration.ofSeconds(15)));
            temporal.close();
            System.out.println("cluster: stopped Temporal's dev server");
            try {
                Files.deleteIfExists(stateDirectory().resolve(PIDS_FILE));
            } catch (IOException ignored) {
                // a stale pid file is checked against the processes themselves at the next start
            }
        }
    }

    public boolean closed() {
        return closed;
    }

    private static void report(ClusterProcess process, int exit) {
        System.out.println("cluster: stopped " + process.name() + " (exit status " + exit
                + (exit == 143 ? ", SIGTERM" : "") + ")");
    }

    String banner() {
        Path state = stateDirectory();
        Path cwd = Path.of("").toAbsolutePath();
        List<String> lines = new ArrayList<>(List.of(
                "",
                "kyc-journeys cluster is running: each part its own process (loopback only; not for production)",
                String.format(
                        "  Web API          %-26s pid %-8d log %s", webUrl(), webApi.pid(), shown(cwd, webApi.log()))));
        for (int i = 0; i < workers.size(); i++) {
            ClusterProcess worker = workers.get(i);
            lines.add(String.format(
                    "  Worker %-9d %-26s pid %-8d log %s",
                    i + 1, "http://127.0.0.1:" + managementPorts.get(i), worker.pid(), shown(cwd, worker.log())));
        }
        lines.addAll(List.of(
                "                   (worker ports: /health/readiness, /prometheus; SIGTERM drains within"
                        + " KYC_WORKER_SHUTDOWN_GRACE)",
                String.format(
                        "  Temporal gRPC    %-26s pid %-8s log %s",
                        temporalTarget(),
                        temporalPid().map(String::valueOf).orElse("?"),
                        shown(cwd, state.resolve("logs/temporal.log"))),
                "  Temporal Web UI  " + temporalUiUrl() + "   payloads decoded through " + webUrl() + "/codec",
                "  Temporal state   "
                        + (settings.persistTemporal()
                                ? shown(cwd, state.resolve("temporal.db"))
                                : "in memory: lost when the cluster stops"),
                String.format(
                        "  Tencent sandbox  %-26s pid %-8d log %s",
                        sandboxUrl(), sandbox.pid(), shown(cwd, sandbox.log())),
                "                   quotas: Tencent's (OCR 20/s, Face ID 100/s); daily verification limit per ID "
                        + settings.dailyVerificationLimit() + "; SecretId " + SandboxConfig.DEV_SECRET_ID,
                "  PostgreSQL       " + settings.databaseUrl() + " (user " + settings.databaseUser() + ")",
                "  Keys             " + shown(cwd, secrets.file())
                        + "   payload and sealing keys, made on the first start (mode 0600; keep it)",
                "  Addresses        " + shown(cwd, state.resolve(ENV_FILE)) + "   KYC_API_URL, TEMPORAL_ADDRESS, ..."));
        lines.add("  API keys         "
                + keys.file()
                        .map(path -> shown(cwd, path) + "   (. " + shown(cwd, path)
                                + "; send -H \"X-API-Key: $KYC_PRODUCT_KEY\")")
                        .orElse("")
                + (keys.reused() ? "" : "   issued now"));
        for (DevstackKeys.Seat seat : DevstackKeys.Seat.values()) {
            lines.add(String.format(
                    "    %-19s %s   %s: %s", seat.variable(), keys.secret(seat), seat.keyName(), seat.roles()));
        }
        lines.addAll(
                List.of("Ctrl-C stops everything (the web API, then the workers with SIGTERM, then the rest).", ""));
        return String.join(System.lineSeparator(), lines);
    }

    /** Temporal's server, which runs under the dev server's watchdog shell, a child of this JVM. */
    public Optional<Long> temporalPid() {
        String port = String.valueOf(temporalTarget().substring(temporalTarget().lastIndexOf(':') + 1));
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("temporal")).orElse(false))
                .filter(p ->
                        p.info().arguments().map(a -> List.of(a).contains(port)).orElse(true))
                .map(ProcessHandle::pid)
                .findFirst();
    }

    /**
     * {@code kill -9} of Temporal's server (a fault drill): no shutdown, no flush beyond what its SQLite file holds
     * already. Returns once the process is gone; {@link #restartTemporal()} starts it again.
     */
    public synchronized void killTemporal() {
        ProcessHandle server = temporalPid()
                .flatMap(ProcessHandle::of)
                .orElseThrow(() -> new DevstackException("Temporal's server is not running: nothing to kill"));
        server.destroyForcibly();
        try {
            server.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new DevstackException("Temporal's server (pid " + server.pid() + ") outlived kill -9", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted while killing Temporal's server", e);
        }
    }

    /**
     * Starts Temporal's server again on the same ports with the same SQLite file, after {@link #killTemporal()};
     * returns once it serves the namespace again. The workers and the web API are left alone: they must find it
     * again by themselves. Only with {@link ClusterSettings#persistTemporal()}: a server in memory would come back
     * empty, every workflow gone.
     */
    public synchronized void restartTemporal() {
        if (!settings.persistTemporal()) {
            throw new IllegalStateException("Temporal runs in memory: a restart would lose every workflow");
        }
        // the old watchdog shell outlives its killed server; closing it ends the shell (and a server still alive)
        temporal.close();
        try {
            temporal = TemporalDevServer.start(temporalCli, temporalOptions);
        } catch (RuntimeException e) {
            throw new DevstackException("Temporal's dev server did not start again: " + e.getMessage(), e);
        }
    }

    private static String shown(Path cwd, Path path) {
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    public static void main(String[] args) {
        // The worker and web API jars each carry their own logback.xml; the devstack's is the one to use here.
        System.setProperty("logback.configurationFile", "devstack-logback.xml");
        Cluster cluster;
        try {
            int workers = workers(args);
            Path root = Path.of(System.getProperty("kyc.cluster.root", ""))
                    .toAbsolutePath()
                    .normalize();
            System.out.println("cluster: starting Temporal, the sandbox, " + workers + " worker(s) and the web API...");
            cluster = start(ClusterSettings.fromEnvironment(System.getenv(), workers, root));
        } catch (DevstackException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("cluster: " + e.getMessage());
            System.exit(e instanceof IllegalArgumentException ? 2 : 1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("cluster: stopping");
                            cluster.close();
                            stopped.countDown();
                        },
                        "cluster-shutdown"));
        List<ClusterProcess> all = new ArrayList<>(cluster.workers());
        all.add(cluster.webApi());
        all.add(cluster.sandbox());
        for (ClusterProcess process : all) {
            var unused = process.handle().onExit().thenAccept(gone -> {
                if (!cluster.closed()) {
                    System.err.println("cluster: " + process.name() + " (pid " + gone.pid()
                            + ") exited on its own; see " + process.log());
                }
            });
        }
        System.out.println(cluster.banner());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int workers(String[] args) {
        int workers = ClusterSettings.DEFAULT_WORKERS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workers" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--workers needs a number");
                    }
                    try {
                        workers = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--workers needs a number, got " + args[i]);
                    }
                }
                case "-h", "--help" ->
                    throw new IllegalArgumentException(
                            "usage: bin/cluster [--workers N]   (default " + ClusterSettings.DEFAULT_WORKERS + ")");
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument " + args[i] + "; usage: bin/cluster [--workers N]");
            }
        }
        return workers;
    }

    /** The port, checked free; 0 picks a free one. */
    private static int port(int port, String what, String variable) {
        if (port == 0) {
            return TemporalDevServer.freePort();
        }
        Preflight.portFree(port, what, variable);
        return port;
    }

    private static void databaseReady(ClusterSettings settings) {
        Preflight.databaseReady(
                settings.maintenanceUrl(),
                settings.databaseUser(),
                settings.databasePassword(),
                settings.databaseName());
    }
}
