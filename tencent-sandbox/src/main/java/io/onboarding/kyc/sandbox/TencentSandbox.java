package io.onboarding.kyc.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.onboarding.kyc.sandbox.action.ActionRegistry;
import io.onboarding.kyc.sandbox.action.ActionSpec;
import io.onboarding.kyc.sandbox.action.ImageDownloader;
import io.onboarding.kyc.sandbox.auth.CredentialStore;
import io.onboarding.kyc.sandbox.auth.TemporaryCredential;
import io.onboarding.kyc.sandbox.config.ConfigFile;
import io.onboarding.kyc.sandbox.fault.FaultInjector;
import io.onboarding.kyc.sandbox.gateway.Gateway;
import io.onboarding.kyc.sandbox.gateway.Lifetime;
import io.onboarding.kyc.sandbox.quota.RequestQuotas;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for Tencent Cloud's eKYC APIs: same transport, signing, error envelope and codes, answering
 * from a synthetic identity registry and from the metadata of generated card images, with request quotas and
 * injectable faults. Embeddable in tests ({@link #start}) and runnable on its own ({@link #main}).
 */
public final class TencentSandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TencentSandbox.class);

    private final HttpServer server;
    private final ExecutorService workers;
    private final Lifetime lifetime;
    private final ActionRegistry actions;
    private final CallLedger ledger;
    private final FaultInjector faults;
    private final RequestQuotas quotas;
    private final AdminAccess adminAccess;
    private final String endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TencentSandbox(
            HttpServer server,
            ExecutorService workers,
            Lifetime lifetime,
            ActionRegistry actions,
            CallLedger ledger,
            FaultInjector faults,
            RequestQuotas quotas,
            AdminAccess adminAccess,
            String host) {
        this.server = server;
        this.workers = workers;
        this.lifetime = lifetime;
        this.actions = actions;
        this.ledger = ledger;
        this.faults = faults;
        this.quotas = quotas;
        this.adminAccess = adminAccess;
        this.endpoint = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + server.getAddress().getPort();
    }

    /**
     * Binds {@code config.host():config.port()} (port 0 picks a free one) and starts serving, on the system clock.
     *
     * @throws IllegalArgumentException when a configured fault or quota names an action not served
     */
    public static TencentSandbox start(SandboxConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * As {@link #start(SandboxConfig)}, with {@code clock} as the service's "now" everywhere: signature timestamps
     * and temporary keys are checked against it, the actions count the daily verification limit's Beijing day,
     * check card validity and expire card-verification tokens by it, and the ledger records by it. One clock for
     * the gateway and the actions, as one service has: a test that moves it to Beijing midnight signs its requests
     * with the time the sandbox keeps and finds the day changed.
     */
    public static TencentSandbox start(SandboxConfig config, Clock clock) {
        InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve sandbox host " + config.host());
        }
        ActionRegistry actions =
                ActionRegistry.defaults(config.registry(), new ImageDownloader(), config.actions(), clock);
        config.quotas().keySet().stream()
                .filter(action -> !action.equals(RequestQuotas.EVERY_ACTION))
                .forEach(action -> requireServed(actions, action, "quota"));
        config.latencyMs().keySet().stream()
                .filter(action -> !action.equals("*"))
                .forEach(action -> requireServed(actions, action, "latency"));
        FaultInjector faults =
                new FaultInjector(actions, () -> ThreadLocalRandom.current().nextDouble());
        config.faults().forEach(faults::add);
        RequestQuotas quotas = new RequestQuotas(config.quotas());
        CredentialStore credentials = new CredentialStore(config.credentials(), config.temporaryCredentials());
        Lifetime lifetime = new Lifetime();
        CallLedger ledger = new CallLedger();
        Gateway gateway = new Gateway(credentials, clock, actions, quotas, faults, config.latencyMs(), lifetime);
        AdminAccess access = AdminAccess.forBinding(address.getAddress(), config.adminToken());

        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the sandbox to " + config.host() + ":" + config.port(), e);
        }
        server.createContext("/", new ApiHandler(gateway, ledger, lifetime, clock));
        server.createContext(AdminHandler.PREFIX, new AdminHandler(ledger, faults, quotas, actions, access));
        // One thread per call in flight: a call held by a latency or hang fault must not stall the others.
        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(workers);
        server.start();
        TencentSandbox sandbox =
                new TencentSandbox(server, workers, lifetime, actions, ledger, faults, quotas, access, config.host());
        LOG.info("Tencent sandbox listening on {}", sandbox.endpoint());
        return sandbox;
    }

    /** Whether the admin endpoints are open without a token on this address: only on loopback. */
    static boolean servesAdmin(InetAddress bound) {
        return AdminAccess.forBinding(bound, null).decide(null) == AdminAccess.Decision.ALLOW;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL to configure as the Tencent endpoint, e.g. {@code http://127.0.0.1:9080}. */
    public String endpoint() {
        return endpoint;
    }

    public CallLedger ledger() {
        return ledger;
    }

    /** The faults in force; what {@code /_sandbox/faults} changes. */
    public FaultInjector faults() {
        return faults;
    }

    /** The request frequency limits; what {@code /_sandbox/quotas} changes. */
    public RequestQuotas quotas() {
        return quotas;
    }

    /** Stops at once, abandoning calls in flight, delayed and hanging ones included; closing twice is harmless. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            lifetime.close();
            server.stop(0);
            workers.shutdownNow();
        }
    }

    /**
     * Runs a sandbox until the process is stopped. {@code --config FILE} reads a configuration file; host and port
     * from {@code -Dsandbox.host} / {@code -Dsandbox.port}, else {@code SANDBOX_HOST} / {@code SANDBOX_PORT}, win
     * over the file, which wins over 127.0.0.1:9080.
     */
    public static void main(String[] args) throws InterruptedException {
        SandboxConfig config;
        TencentSandbox sandbox;
        try {
            config = configure(args);
            sandbox = start(config);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("tencent-sandbox: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
            System.err.println("usage: tencent-sandbox [--config FILE]");
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sandbox.close();
                            stopped.countDown();
                        },
                        "tencent-sandbox-shutdown"));
        sandbox.printBanner(config, System.out);
        stopped.await();
    }

    static SandboxConfig configure(String[] args) {
        SandboxConfig config = SandboxConfig.defaults();
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--config") || args[i].equals("-c")) && i + 1 < args.length) {
                config = ConfigFile.read(Path.of(args[++i]));
            } else if (args[i].startsWith("--config=")) {
                config = ConfigFile.read(Path.of(args[i].substring("--config=".length())));
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String host = setting("sandbox.host", "SANDBOX_HOST");
        if (host != null) {
            config = config.withHost(host);
        }
        String port = setting("sandbox.port", "SANDBOX_PORT");
        if (port != null) {
            try {
                config = config.withPort(Integer.parseInt(port));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the port must be a number: " + port);
            }
        }
        return config;
    }

    /** What a tester needs to point a client at it; the keys are development keys, printed on purpose. */
    void printBanner(SandboxConfig config, PrintStream out) {
        out.println("Tencent eKYC sandbox listening on " + endpoint);
        config.credentials().forEach((id, key) -> {
            out.println("  SecretId:  " + id);
            out.println("  SecretKey: " + key);
        });
        for (TemporaryCredential temporary : config.temporaryCredentials()) {
            out.println("  Temporary SecretId: " + temporary.secretId() + " (needs its X-TC-Token"
                    + (temporary.expiresAt() == null ? "" : ", expires " + temporary.expiresAt()) + ")");
        }
        // By product and version, which a client configures before it can call an action.
        out.println("  Actions:");
        actions.specs().stream()
                .collect(Collectors.groupingBy(
                        spec -> spec.product().service() + " " + spec.version(),
                        TreeMap::new,
                        Collectors.mapping(ActionSpec::name, Collectors.joining(", "))))
                .forEach((product, names) -> out.println("    " + product + "  " + names));
        out.println("  Admin API: " + adminAccess.describe());
        if (adminAccess.decide(null) != AdminAccess.Decision.NOT_FOUND) {
            String admin = endpoint + AdminHandler.PREFIX;
            out.println("    ledger  GET|DELETE  " + admin + "calls");
            out.println("    faults  GET|POST|DELETE  " + admin + "faults");
            out.println("    quotas  GET|PUT|DELETE  " + admin + "quotas");
            out.println("    health  GET  " + admin + "health");
        }
        if (!config.faults().isEmpty()) {
            out.println("  Faults in force from the configuration: "
                    + config.faults().size());
        }
        out.println("Ctrl-C stops it.");
    }

    private static void requireServed(ActionRegistry actions, String action, String what) {
        if (actions.find(action).isEmpty()) {
            throw new IllegalArgumentException("the configured " + what + " names an action not served: " + action);
        }
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "tencent-sandbox-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
