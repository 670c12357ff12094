package io.onboarding.kyc.sandbox;

import io.onboarding.kyc.sandbox.action.ActionSettings;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a sandbox.
 *
 * @param host        the address to bind; loopback by default, and the admin endpoints exist only on loopback
 * @param port        0 picks a free port
 * @param credentials SecretId to SecretKey, the only keys the sandbox accepts
 * @param registry    the identities the "authority" knows
 * @param actions     behaviour Tencent sets per account or leaves unstated (daily limits, polling)
 */
public record SandboxConfig(String host, int port, Map<String, String> credentials, IdentityRegistry registry,
                            ActionSettings actions) {

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
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(actions, "actions");
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig(DEFAULT_HOST, DEFAULT_PORT, Map.of(DEV_SECRET_ID, DEV_SECRET_KEY),
                IdentityRegistry.defaults(), ActionSettings.defaults());
    }

    public SandboxConfig withHost(String host) {
        return new SandboxConfig(host, port, credentials, registry, actions);
    }

    public SandboxConfig withPort(int port) {
        return new SandboxConfig(host, port, credentials, registry, actions);
    }

    public SandboxConfig withCredentials(Map<String, String> credentials) {
        return new SandboxConfig(host, port, credentials, registry, actions);
    }

    public SandboxConfig withRegistry(IdentityRegistry registry) {
        return new SandboxConfig(host, port, credentials, registry, actions);
    }

    public SandboxConfig withActions(ActionSettings actions) {
        return new SandboxConfig(host, port, credentials, registry, actions);
    }
}
