package io.onboarding.kyc.contract.temporal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * TLS to the Temporal frontend ({@code kyc.temporal.tls.*}, or {@code KYC_TEMPORAL_TLS_*}). Files are PEM.
 * Setting any file, a server name or an API key implies TLS; {@code enabled: false} beside them is refused
 * rather than silently ignored (see {@link TemporalChannelSecurity}).
 *
 * @param enabled    TLS on; unset means on only when something below (or an API key) asks for it
 * @param caFile     the CA that signed the frontend's certificate; unset trusts the JVM's public CAs, as
 *                   Temporal Cloud needs
 * @param certFile   the client certificate chain for mTLS; only with {@code keyFile}
 * @param keyFile    the client certificate's private key, PKCS#8 ({@code BEGIN PRIVATE KEY}); a secret, so
 *                   the file is mounted from a secret store and its content is never logged
 * @param serverName the name the frontend's certificate is checked against when it is not the target's host
 *                   (also sent as SNI and as the HTTP/2 authority)
 */
@ConfigurationProperties("kyc.temporal.tls")
public record TemporalTlsSettings(
        @Nullable Boolean enabled,
        @Nullable String caFile,
        @Nullable String certFile,
        @Nullable String keyFile,
        @Nullable String serverName) {

    public static TemporalTlsSettings none() {
        return new TemporalTlsSettings(null, null, null, null, null);
    }
}
