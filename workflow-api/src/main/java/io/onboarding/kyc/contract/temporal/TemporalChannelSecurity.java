package io.onboarding.kyc.contract.temporal;

import static io.onboarding.kyc.contract.temporal.TemporalSetting.API_KEY;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_CA_FILE;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_CERT_FILE;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_ENABLED;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_KEY_FILE;
import static io.onboarding.kyc.contract.temporal.TemporalSetting.TLS_SERVER_NAME;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.micronaut.core.annotation.Nullable;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * How the channel to Temporal is secured: TLS (server CA, server name), mTLS (client certificate and key) and
 * an API key. Every file is read here, when the client is built, so that a missing or unreadable one stops the
 * process at once, named, rather than at its first call.
 *
 * <p>An API key implies TLS: a bearer token over plaintext is readable by anyone on the path, so asking for
 * both an API key and {@code tls.enabled: false} is refused. So is any other TLS setting beside
 * {@code tls.enabled: false}: an operator who set a CA file expects it used.
 */
final class TemporalChannelSecurity {

    private final TemporalTlsSettings tls;
    private final @Nullable String apiKey;

    private TemporalChannelSecurity(TemporalTlsSettings tls, @Nullable String apiKey) {
        this.tls = tls;
        this.apiKey = apiKey;
    }

    static TemporalChannelSecurity of(TemporalSettings settings, TemporalTlsSettings tls) {
        return new TemporalChannelSecurity(tls, settings.hasApiKey() ? settings.apiKey() : null);
    }

    /** Whether the channel speaks TLS: asked for, or implied by a file, a server name or an API key. */
    boolean tlsOn() {
        return Boolean.TRUE.equals(tls.enabled()) || !implyingTls().isEmpty();
    }

    void applyTo(WorkflowServiceStubsOptions.Builder options) {
        List<TemporalSetting> implying = implyingTls();
        if (Boolean.FALSE.equals(tls.enabled()) && implying.contains(API_KEY)) {
            throw new TemporalSettingException(TLS_ENABLED + " is false, but " + API_KEY
                    + " is set: an API key must not travel in plaintext. Unset " + TLS_ENABLED.variable()
                    + " (an API key implies TLS) or set it to true.");
        }
        if (Boolean.FALSE.equals(tls.enabled()) && !implying.isEmpty()) {
            throw new TemporalSettingException(TLS_ENABLED + " is false, but " + names(implying)
                    + " is set: TLS settings work only with TLS. Unset " + TLS_ENABLED.variable()
                    + " (or set it to true), or unset them.");
        }
        if (set(tls.certFile()) != set(tls.keyFile())) {
            throw new TemporalSettingException(
                    "mTLS needs both " + TLS_CERT_FILE + " and " + TLS_KEY_FILE + ", but only "
                            + (set(tls.certFile()) ? TLS_CERT_FILE.variable() : TLS_KEY_FILE.variable()) + " is set.");
        }
        if (tlsOn()) {
            options.setSslContext(sslContext());
            if (set(tls.serverName())) {
                String serverName = tls.serverName();
                options.setChannelInitializer(channel -> channel.overrideAuthority(serverName));
            }
        }
        if (apiKey != null) {
            String key = apiKey;
            options.addApiKey(() -> key);
        }
    }

    private SslContext sslContext() {
        SslContextBuilder builder = GrpcSslContexts.forClient();
        if (set(tls.caFile())) {
            builder.trustManager(certificates(TLS_CA_FILE, tls.caFile()).toArray(new X509Certificate[0]));
        }
        if (set(tls.certFile())) {
            Path chain = readable(TLS_CERT_FILE, tls.certFile());
            // parsed first, so that a bad certificate is named as one, not taken for a bad key below
            certificates(TLS_CERT_FILE, tls.certFile());
            Path key = readable(TLS_KEY_FILE, tls.keyFile());
            try (InputStream chainIn = Files.newInputStream(chain);
                    InputStream keyIn = Files.newInputStream(key)) {
                builder.keyManager(chainIn, keyIn);
            } catch (IllegalArgumentException | IOException e) {
                // the cause stays out: nothing read from a key file may reach a message or a log
                throw new TemporalSettingException(TLS_KEY_FILE + ": " + key
                        + " holds no private key this process can read: it must be PEM, PKCS#8 (BEGIN PRIVATE KEY),"
                        + " unencrypted (openssl pkcs8 -topk8 -nocrypt converts others).");
            }
        }
        try {
            return builder.build();
        } catch (SSLException e) {
            throw new TemporalSettingException(
                    "TLS to Temporal cannot be set up from " + TLS_CA_FILE + ", " + TLS_CERT_FILE + " and "
                            + TLS_KEY_FILE + ": " + e.getMessage(),
                    e);
        }
    }

    private static List<X509Certificate> certificates(TemporalSetting setting, String file) {
        Path path = readable(setting, file);
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path)) {
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
        } catch (IOException | CertificateException e) {
            throw new TemporalSettingException(
                    setting + ": " + path + " holds no PEM certificate (X.509): " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new TemporalSettingException(setting + ": " + path + " holds no PEM certificate (X.509).");
        }
        return certificates;
    }

    private static Path readable(TemporalSetting setting, String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new TemporalSettingException(setting + ": there is no file at " + path + ".");
        }
        if (!Files.isReadable(path)) {
            throw new TemporalSettingException(setting + ": " + path + " is not readable by this process.");
        }
        return path;
    }

    private List<TemporalSetting> implyingTls() {
        List<TemporalSetting> implying = new ArrayList<>();
        if (set(tls.caFile())) {
            implying.add(TLS_CA_FILE);
        }
        if (set(tls.certFile())) {
            implying.add(TLS_CERT_FILE);
        }
        if (set(tls.keyFile())) {
            implying.add(TLS_KEY_FILE);
        }
        if (set(tls.serverName())) {
            implying.add(TLS_SERVER_NAME);
        }
        if (apiKey != null) {
            implying.add(API_KEY);
        }
        return implying;
    }

    private static String names(List<TemporalSetting> settings) {
        return String.join(
                ", ", settings.stream().map(TemporalSetting::toString).toList());
    }

    private static boolean set(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
