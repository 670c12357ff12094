package io.onboarding.kyc.sandbox;

import io.onboarding.kyc.sandbox.action.ActionSettings;
import io.onboarding.kyc.sandbox.auth.TemporaryCredential;
import io.onboarding.kyc.sandbox.fault.FaultSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a sandbox. {@code bin/sandbox --config FILE} reads one from JSON (see {@code config.ConfigFile});
 * tests build one from {@link #defaults()}.
 *
 * @param host                 the address to bind; loopback by default. Elsewhere the admin endpoints need
 *                             {@code adminToken}
 * @param port                 0 picks a free port
 * @param credentials          permanent keys: SecretId to SecretKey
 * @param registry             the identities the "authority" knows
 * @param actions              behaviour Tencent sets per account or leaves unstated (daily limits, polling)
 * @param temporaryCredentials STS-style keys that are valid only with their token
 * @param quotas               requests per second by action name, overriding the documented defaults; 0 = no limit
 * @param latencyMs            base latency by action name, {@code *} for every other action
 * @param faults               faults in force from the start
 * @param adminToken           the bearer token the admin endpoints require on a non-loopback address; null for none
 */
public record SandboxConfig(
        String host,
        int port,
        Map<String, String> credentials,
        IdentityRegistry registry,
        ActionSettings actions,
        List<TemporaryCredential> temporaryCredentials,
        Map<String, Integer> quotas,
        Map<String, Long> latencyMs,
        List<FaultSpec> faults,
        String adminToken) {

    /** Development credentials: public on purpose, valid only against a sandbox. */
    public static final String DEV_SECRET_ID = "AKIDsandboxDevelopmentKey000000000";

    public static final String DEV_SECRET_KEY = "sandboxDevelopmentSecretKey000000";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9080;

    public SandboxConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        credentials = Map.copyOf(Objects.requireNonNull(credentials, "credentials"));
        credentials.forEach((id, key) -> {
            if (id.isBlank() || key.isEmpty()) {
                throw new IllegalArgumentException("a credential needs a SecretId and a SecretKey");
            }
        });
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(actions, "actions");
        temporaryCredentials = List.copyOf(Objects.requireNonNull(temporaryCredentials, "temporaryCredentials"));
        quotas = Map.copyOf(Objects.requireNonNull(quotas, "quotas"));
        latencyMs = Map.copyOf(Objects.requireNonNull(latencyMs, "latencyMs"));
        latencyMs.forEach((action, millis) -> {
            if (millis < 0) {
                throw new IllegalArgumentException("the latency of " + action + " must not be negative");
            }
        });
        faults = List.copyOf(Objects.requireNonNull(faults, "faults"));
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
    }

    /** Without temporary keys, quota overrides, latency, faults or admin token. */
    public SandboxConfig(
            String host, int port, Map<String, String> credentials, IdentityRegistry registry, ActionSettings actions) {
        this(host, port, credentials, registry, actions, List.of(), Map.of(), Map.of(), List.of(), null);
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig(
                DEFAULT_HOST,
                DEFAULT_PORT,
                Map.of(DEV_SECRET_ID, DEV_SECRET_KEY),
                IdentityRegistry.defaults(),
                ActionSettings.defaults());
    }

    public SandboxConfig withHost(String host) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withPort(int port) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withCredentials(Map<String, String> credentials) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withRegistry(IdentityRegistry registry) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withActions(ActionSettings actions) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withTemporaryCredentials(List<TemporaryCredential> temporaryCredentials) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withQuotas(Map<String, Integer> quotas) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withLatencyMs(Map<String, Long> latencyMs) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withFaults(List<FaultSpec> faults) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }

    public SandboxConfig withAdminToken(String adminToken) {
        return new SandboxConfig(
                host,
                port,
                credentials,
                registry,
                actions,
                temporaryCredentials,
                quotas,
                latencyMs,
                faults,
                adminToken);
    }
}
