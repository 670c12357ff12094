package io.onboarding.kyc.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.onboarding.kyc.sandbox.action.ActionRegistry;
import io.onboarding.kyc.sandbox.action.ImageDownloader;
import io.onboarding.kyc.sandbox.auth.Tc3Authenticator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for Tencent Cloud's eKYC APIs: same transport, signing, error envelope and codes, answering
 * from a synthetic identity registry and from the metadata of generated card images. Embeddable in tests
 * ({@link #start}) and runnable on its own ({@link #main}).
 */
public final class TencentSandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TencentSandbox.class);
    private static final int WORKER_THREADS = 8;

    private final HttpServer server;
    private final ExecutorService workers;
    private final CallLedger ledger;
    private final String endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TencentSandbox(HttpServer server, ExecutorService workers, CallLedger ledger, String host) {
        this.server = server;
        this.workers = workers;
        this.ledger = ledger;
        this.endpoint = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getAddress().getPort();
    }

    /** Binds {@code config.host():config.port()} (port 0 picks a free one) and starts serving. */
    public static TencentSandbox start(SandboxConfig config) {
        InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve sandbox host " + config.host());
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the sandbox to " + config.host() + ":" + config.port(), e);
        }
        CallLedger ledger = new CallLedger();
        ActionRegistry actions = ActionRegistry.defaults(config.registry(), new ImageDownloader(), config.actions());
        Tc3Authenticator authenticator = new Tc3Authenticator(config.credentials(), Clock.systemUTC());
        server.createContext("/", new ApiHandler(authenticator, actions, ledger));
        server.createContext(AdminHandler.PREFIX, new AdminHandler(ledger, servesAdmin(address.getAddress())));
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, daemonThreads());
        server.setExecutor(workers);
        server.start();
        TencentSandbox sandbox = new TencentSandbox(server, workers, ledger, config.host());
        LOG.info("Tencent sandbox listening on {}", sandbox.endpoint());
        return sandbox;
    }

    /** The ledger shows who was checked when: keep it off any interface other machines can reach. */
    static boolean servesAdmin(InetAddress bound) {
        return bound.isLoopbackAddress();
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

    /** Stops at once, abandoning calls in flight; closing twice is harmless. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            workers.shutdownNow();
        }
    }

    /**
     * Runs a sandbox until the process is stopped. Host and port come from {@code -Dsandbox.host} /
     * {@code -Dsandbox.port}, else {@code SANDBOX_HOST} / {@code SANDBOX_PORT}, else 127.0.0.1:9080.
     */
    public static void main(String[] args) throws InterruptedException, UnknownHostException {
        String host = setting("sandbox.host", "SANDBOX_HOST", SandboxConfig.DEFAULT_HOST);
        int port = Integer.parseInt(setting("sandbox.port", "SANDBOX_PORT", Integer.toString(SandboxConfig.DEFAULT_PORT)));
        TencentSandbox sandbox = start(SandboxConfig.defaults().withHost(host).withPort(port));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "tencent-sandbox-shutdown"));
        System.out.println("Tencent eKYC sandbox listening on " + sandbox.endpoint());
        System.out.println("  SecretId:  " + SandboxConfig.DEV_SECRET_ID);
        System.out.println("  SecretKey: " + SandboxConfig.DEV_SECRET_KEY);
        if (servesAdmin(InetAddress.getByName(host))) {
            System.out.println("  Ledger:    " + sandbox.endpoint() + "/_sandbox/calls   Health: " + sandbox.endpoint()
                    + "/_sandbox/health");
        }
        stopped.await();
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
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
