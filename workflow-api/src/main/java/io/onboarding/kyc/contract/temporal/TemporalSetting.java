package io.onboarding.kyc.contract.temporal;

import java.util.Locale;

/**
 * A setting of the Temporal connection, as an operator knows it: errors name the environment variable first,
 * since that is where production sets it, and the property beside it.
 */
public enum TemporalSetting {
    TARGET("target"),
    NAMESPACE("namespace"),
    API_KEY("api-key"),
    CONNECT_TIMEOUT("connect-timeout"),
    TLS_ENABLED("tls.enabled"),
    TLS_CA_FILE("tls.ca-file"),
    TLS_CERT_FILE("tls.cert-file"),
    TLS_KEY_FILE("tls.key-file"),
    TLS_SERVER_NAME("tls.server-name");

    private final String property;

    TemporalSetting(String suffix) {
        this.property = "kyc.temporal." + suffix;
    }

    public String property() {
        return property;
    }

    public String variable() {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    @Override
    public String toString() {
        return variable() + " (" + property + ")";
    }
}
