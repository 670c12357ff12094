package io.onboarding.kyc.devstack;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.TencentSandbox;
import io.onboarding.kyc.sandbox.encryption.SandboxKeyPair;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Everything a newcomer needs on loopback: Temporal's own dev server with its Web UI (a child process,
 * its state kept in {@code .devstack/}), the Tencent sandbox, the worker and the web API, against the
 * local PostgreSQL. Not for production: its keys are
 * fixed and public.
 */
public final class Devstack implements AutoCloseable {

    private static final String FALLBACK_WARNING = String.join(
            System.lineSeparator(),
            "devstack: WARNING: Temporal's CLI is not on PATH and could not be installed (bin/temporal-cli says why).",
            "devstack: WARNING: falling back to the Java test server, which loses: the Web UI, searching journeys by",
            "devstack: WARNING: search attributes, and every journey in flight or waiting when the devstack stops.");

    /** Development-only keys; anything real takes KYC_TEMPORAL_PAYLOAD_KEY and KYC_SEALING_KEY. */
    private static final String DEV_PAYLOAD_KEY = base64("devstack-payload-key-not-secret!");

    private static final String DEV_SEALING_KEY = base64("devstack-sealing-key-not-secret!");

    private final DevstackSettings settings;
    private final TemporalService temporal;
    private final TencentSandbox sandbox;
    private final ApplicationContext application;
    private final DevstackKeys keys;

    private Devstack(
            DevstackSettings settings,
            TemporalService temporal,
            TencentSandbox sandbox,
            ApplicationContext application,
            DevstackKeys keys) {
        this.settings = settings;
        this.temporal = temporal;
        this.sandbox = sandbox;
        this.application = application;
        this.keys = keys;
    }

    public static Devstack start(DevstackSettings settings) {
        return start(settings, Map.of());
    }

    /** As {@link #start(DevstackSettings)}, with application properties overridden (tests tune timeouts). */
    public static Devstack start(DevstackSettings settings, Map<String, Object> overrides) {
        Preflight.portFree(settings.webPort(), "web API", "DEVSTACK_WEB_PORT");
        Preflight.portFree(settings.temporalPort(), "Temporal gRPC", "DEVSTACK_TEMPORAL_PORT");
        Preflight.portFree(settings.uiPort(), "Temporal Web UI", "DEVSTACK_UI_PORT");
        Preflight.portFree(settings.sandboxPort(), "Tencent sandbox", "DEVSTACK_SANDBOX_PORT");
        Preflight.databaseReady(settings);

        // The UI is told where the codec endpoint is before the web API listens, so its port is fixed now.
        int webPort = settings.webPort() == 0 ? TemporalDevServer.freePort() : settings.webPort();
        TemporalService temporal = startTemporal(settings, "http://127.0.0.1:" + webPort + "/codec");
        TencentSandbox sandbox = null;
        try {
            sandbox = TencentSandbox.start(SandboxConfig.defaults().withPort(settings.sandboxPort()));
            // Not Micronaut.run: it adds a shutdown hook of its own, which deadlocks against ours.
            ApplicationContext application = ApplicationContext.builder()
                    .environments("devstack")
                    .deduceEnvironment(false)
                    .propertySources(WebApiSettings.propertySource())
                    .properties(withOverrides(applicationProperties(settings, webPort, temporal, sandbox), overrides))
                    .start();
            DevstackKeys keys;
            try {
                // The context has migrated the database by now; the keys exist before the API listens.
                keys = DevstackKeys.ensure(application.getBean(ApiKeyStore.class), settings.stateDirectory());
                application.getBean(EmbeddedServer.class).start();
            } catch (RuntimeException e) {
                application.close();
                throw e;
            }
            return new Devstack(settings, temporal, sandbox, application, keys);
        } catch (RuntimeException e) {
            if (sandbox != null) {
                sandbox.close();
            }
            temporal.close();
            throw e;
        }
    }

    /** Temporal's own server when its CLI can be had; otherwise the Java test server, and a warning of what that loses. */
    private static TemporalService startTemporal(DevstackSettings settings, String codecEndpoint) {
        Optional<DevServerTemporal> devServer = DevServerTemporal.start(settings, codecEndpoint);
        if (devServer.isPresent()) {
            return devServer.get();
        }
        System.err.println(FALLBACK_WARNING);
        return LoopbackTemporalServer.start(settings.temporalPort());
    }

    /** Worker and web API share one Micronaut context here; in production they are two processes. */
    private static Map<String, Object> applicationProperties(
            DevstackSettings settings, int webPort, TemporalService temporal, TencentSandbox sandbox) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("micronaut.server.port", webPort);
        properties.put("datasources.default.url", settings.databaseUrl());
        properties.put("datasources.default.username", settings.databaseUser());
        properties.put("datasources.default.password", settings.databasePassword());
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("kyc.temporal.target", temporal.target());
        // Keys (or key rings) from the environment reach the context on their own; else the public dev keys.
        if (unset("KYC_TEMPORAL_PAYLOAD_KEY") && unset("KYC_TEMPORAL_PAYLOAD_KEYS")) {
            properties.put("kyc.temporal.payload-key", DEV_PAYLOAD_KEY);
        }
        if (unset("KYC_SEALING_KEY") && unset("KYC_SEALING_KEYS")) {
            properties.put("kyc.sealing.key", DEV_SEALING_KEY);
        }
        properties.put("tencent.secret-id", SandboxConfig.DEV_SECRET_ID);
        properties.put("tencent.secret-key", SandboxConfig.DEV_SECRET_KEY);
        properties.put("tencent.ocr-endpoint", sandbox.endpoint());
        properties.put("tencent.faceid-endpoint", sandbox.endpoint());
        // name and ID number travel encrypted, as a regulated customer sends them, to the sandbox's test key
        properties.put("tencent.encryption.enabled", true);
        properties.put(
                "tencent.encryption.public-key", SandboxKeyPair.testOnly().publicKeyPem());
        // The Web UI on this machine decodes through the codec endpoint without a token: loopback only.
        temporal.uiUrl().ifPresent(ui -> properties.put("kyc.codec.ui-origins", List.of(ui)));
        properties.put("kyc.codec.trust-loopback", true);
        // callbacks go to receivers on this machine, over plain http: devstack only (docs/callbacks.md)
        properties.put("kyc.callbacks.allow-loopback-http", true);
        properties.put("kyc.callbacks.allow-private-addresses", true);
        return properties;
    }

    private static Map<String, Object> withOverrides(Map<String, Object> properties, Map<String, Object> overrides) {
        Map<String, Object> merged = new HashMap<>(properties);
        merged.putAll(overrides);
        return merged;
    }

    public String webUrl() {
        return "http://127.0.0.1:" + application.getBean(EmbeddedServer.class).getPort();
    }

    public String temporalTarget() {
        return temporal.target();
    }

    /** The Temporal Web UI, when Temporal's own server runs (not on the test-server fallback). */
    public Optional<String> temporalUiUrl() {
        return temporal.uiUrl();
    }

    public TencentSandbox sandbox() {
        return sandbox;
    }

    public ApplicationContext application() {
        return application;
    }

    /** One API key per role; their secrets are in {@code api-keys.env} in the state directory, if there is one. */
    public DevstackKeys apiKeys() {
        return keys;
    }

    /** Stops in the reverse order of starting: the worker drains before its services go away. */
    @Override
    public void close() {
        try {
            application.close();
        } finally {
            try {
                sandbox.close();
            } finally {
                temporal.close();
            }
        }
    }

    String banner() {
        List<String> lines = new ArrayList<>(List.of(
                "",
                "kyc-journeys devstack is running (loopback only, development keys; not for production)",
                "  Web API          " + webUrl() + "   POST /v1/journeys, GET /v1/journeys/{id}",
                "  Temporal gRPC    " + temporalTarget()
                        + "   namespace 'default'; workflow ids are journey-<journeyId>",
                "  Temporal Web UI  "
                        + temporal.uiUrl()
                                .map(ui -> ui + "   payloads decoded through " + webUrl() + "/codec")
                                .orElse("none (Java test server fallback)"),
                "  Temporal state   "
                        + (temporal.persistent()
                                ? settings.stateDirectory().resolve(DevServerTemporal.DATABASE_FILE)
                                        + "   (bin/devstack --reset starts clean)"
                                : "in memory: lost when the devstack stops"),
                "  Tencent sandbox  " + sandbox.endpoint() + "   SecretId " + SandboxConfig.DEV_SECRET_ID,
                "  PostgreSQL       " + settings.databaseUrl() + " (user " + settings.databaseUser() + ")"));
        lines.addAll(keys.bannerLines());
        lines.addAll(List.of(
                "  Samples          devstack/samples/*.json  (see README, Quick start)",
                "Ctrl-C stops everything.",
                ""));
        return String.join(System.lineSeparator(), lines);
    }

    public static void main(String[] args) {
        // The worker and web API jars each carry their own logback.xml; the devstack's is the one to use.
        System.setProperty("logback.configurationFile", "devstack-logback.xml");
        Devstack devstack;
        try {
            DevstackSettings settings = DevstackSettings.fromEnvironment(System.getenv());
            if (List.of(args).contains("--reset")) {
                Reset.everything(settings);
            } else if (args.length > 0) {
                throw new IllegalArgumentException("unknown argument " + args[0] + "; the only one is --reset");
            }
            devstack = start(settings);
        } catch (DevstackException | IllegalArgumentException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("devstack: stopping");
                            devstack.close();
                            stopped.countDown();
                        },
                        "devstack-shutdown"));
        System.out.println(devstack.banner());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean unset(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank();
    }

    private static String base64(String thirtyTwoCharacters) {
        return Base64.getEncoder().encodeToString(thirtyTwoCharacters.getBytes(StandardCharsets.US_ASCII));
    }
}
