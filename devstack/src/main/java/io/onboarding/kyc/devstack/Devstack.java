package io.onboarding.kyc.devstack;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.TencentSandbox;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Everything a newcomer needs, in one process on loopback: an embedded Temporal service, the Tencent
 * sandbox, the worker and the web API, against the local PostgreSQL. Not for production: its keys are
 * fixed and public.
 */
public final class Devstack implements AutoCloseable {

    /** Development-only keys; anything real takes KYC_TEMPORAL_PAYLOAD_KEY and KYC_SEALING_KEY. */
    private static final String DEV_PAYLOAD_KEY = base64("devstack-payload-key-not-secret!");
    private static final String DEV_SEALING_KEY = base64("devstack-sealing-key-not-secret!");

    private final DevstackSettings settings;
    private final LoopbackTemporalServer temporal;
    private final TencentSandbox sandbox;
    private final ApplicationContext application;

    private Devstack(DevstackSettings settings, LoopbackTemporalServer temporal, TencentSandbox sandbox,
                     ApplicationContext application) {
        this.settings = settings;
        this.temporal = temporal;
        this.sandbox = sandbox;
        this.application = application;
    }

    public static Devstack start(DevstackSettings settings) {
        return start(settings, Map.of());
    }

    /** As {@link #start(DevstackSettings)}, with application properties overridden (tests tune timeouts). */
    public static Devstack start(DevstackSettings settings, Map<String, Object> overrides) {
        Preflight.portFree(settings.webPort(), "web API", "DEVSTACK_WEB_PORT");
        Preflight.portFree(settings.temporalPort(), "Temporal gRPC", "DEVSTACK_TEMPORAL_PORT");
        Preflight.portFree(settings.sandboxPort(), "Tencent sandbox", "DEVSTACK_SANDBOX_PORT");
        Preflight.databaseReady(settings);

        LoopbackTemporalServer temporal = LoopbackTemporalServer.start(settings.temporalPort());
        TencentSandbox sandbox = null;
        try {
            sandbox = TencentSandbox.start(SandboxConfig.defaults().withPort(settings.sandboxPort()));
            // Not Micronaut.run: it adds a shutdown hook of its own, which deadlocks against ours.
            ApplicationContext application = ApplicationContext.builder()
                    .environments("devstack")
                    .deduceEnvironment(false)
                    .properties(withOverrides(applicationProperties(settings, temporal, sandbox), overrides))
                    .start();
            try {
                application.getBean(EmbeddedServer.class).start();
            } catch (RuntimeException e) {
                application.close();
                throw e;
            }
            return new Devstack(settings, temporal, sandbox, application);
        } catch (RuntimeException e) {
            if (sandbox != null) {
                sandbox.close();
            }
            temporal.close();
            throw e;
        }
    }

    /** Worker and web API share one Micronaut context here; in production they are two processes. */
    private static Map<String, Object> applicationProperties(DevstackSettings settings, LoopbackTemporalServer temporal,
                                                             TencentSandbox sandbox) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("micronaut.server.port", settings.webPort() == 0 ? -1 : settings.webPort());
        properties.put("micronaut.server.max-request-size", "16MB");
        properties.put("micronaut.serde.write-dates-as-timestamps", false);
        properties.put("micronaut.serde.serialization.inclusion", "ALWAYS");
        properties.put("datasources.default.url", settings.databaseUrl());
        properties.put("datasources.default.username", settings.databaseUser());
        properties.put("datasources.default.password", settings.databasePassword());
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("kyc.temporal.target", temporal.target());
        properties.put("kyc.temporal.payload-key", env("KYC_TEMPORAL_PAYLOAD_KEY", DEV_PAYLOAD_KEY));
        properties.put("kyc.sealing.key", env("KYC_SEALING_KEY", DEV_SEALING_KEY));
        properties.put("tencent.secret-id", SandboxConfig.DEV_SECRET_ID);
        properties.put("tencent.secret-key", SandboxConfig.DEV_SECRET_KEY);
        properties.put("tencent.ocr-endpoint", sandbox.endpoint());
        properties.put("tencent.faceid-endpoint", sandbox.endpoint());
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

    public TencentSandbox sandbox() {
        return sandbox;
    }

    public ApplicationContext application() {
        return application;
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
        return String.join(System.lineSeparator(),
                "",
                "kyc-journeys devstack is running (loopback only, development keys; not for production)",
                "  Web API          " + webUrl() + "   POST /v1/journeys, GET /v1/journeys/{id}",
                "  Temporal gRPC    " + temporalTarget() + "   namespace 'default'; workflow ids are journey-<journeyId>",
                "  Tencent sandbox  " + sandbox.endpoint() + "   SecretId " + SandboxConfig.DEV_SECRET_ID,
                "  PostgreSQL       " + settings.databaseUrl() + " (user " + settings.databaseUser() + ")",
                "  Samples          devstack/samples/*.json  (see README, Quick start)",
                "Ctrl-C stops everything.",
                "");
    }

    public static void main(String[] args) {
        // The worker and web API jars each carry their own logback.xml; the devstack's is the one to use.
        System.setProperty("logback.configurationFile", "devstack-logback.xml");
        Devstack devstack;
        try {
            devstack = start(DevstackSettings.fromEnvironment(System.getenv()));
        } catch (DevstackException | IllegalArgumentException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("devstack: stopping");
            devstack.close();
            stopped.countDown();
        }, "devstack-shutdown"));
        System.out.println(devstack.banner());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String base64(String thirtyTwoCharacters) {
        return Base64.getEncoder().encodeToString(thirtyTwoCharacters.getBytes(StandardCharsets.US_ASCII));
    }
}
