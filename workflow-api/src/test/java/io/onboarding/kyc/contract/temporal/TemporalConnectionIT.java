package io.onboarding.kyc.contract.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Temporal client connects by settings alone, over TLS, mTLS and with an API key, to a frontend behind TLS;
 * every wrong setting stops the start-up check (or the client's creation) with a message naming it, in
 * bounded time.
 */
class TemporalConnectionIT {

    private static final String PAYLOAD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String API_KEY = "test-api-key-5f0e7c1a";

    @TempDir
    static Path dir;

    private static TestCertificates certificates;
    private static TlsFrontend mtls;
    private static TlsFrontend serverTls;

    @BeforeAll
    static void start() throws Exception {
        certificates = TestCertificates.createIn(dir);
        mtls = TlsFrontend.requiringClientCertificates(certificates);
        serverTls = TlsFrontend.serverTlsOnly(certificates);
    }

    @AfterAll
    static void stop() {
        mtls.close();
        serverTls.close();
    }

    @Test
    void mtlsWithTheRightCaAndClientCertificatePasses() {
        Map<String, Object> properties = settings(mtls);
        properties.put("kyc.temporal.tls.cert-file", certificates.clientCert().toString());
        properties.put("kyc.temporal.tls.key-file", certificates.clientKey().toString());

        try (ApplicationContext context = ApplicationContext.run(properties)) {
            context.getBean(TemporalConnectionCheck.class).verify();
        }
    }

    @Test
    void withoutAClientCertificateTheFrontendRefusesAndTheCheckNamesTheMtlsSettings() {
        try (ApplicationContext context = ApplicationContext.run(settings(mtls))) {
            long started = System.nanoTime();
            assertThatThrownBy(
                            () -> context.getBean(TemporalConnectionCheck.class).verify())
                    .isInstanceOf(TemporalSettingException.class)
                    .hasMessageContaining("KYC_TEMPORAL_TLS_CERT_FILE")
                    .hasMessageContaining("KYC_TEMPORAL_TLS_KEY_FILE")
                    .hasMessageContaining(mtls.target());
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("not retried")
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aFrontendCertificateForAnotherNameIsRefusedNamingTheServerNameSetting() {
        Map<String, Object> properties = settings(serverTls);
        properties.remove("kyc.temporal.tls.server-name");

        try (ApplicationContext context = ApplicationContext.run(properties)) {
            assertThatThrownBy(
                            () -> context.getBean(TemporalConnectionCheck.class).verify())
                    .isInstanceOf(TemporalSettingException.class)
                    .hasMessageContaining("KYC_TEMPORAL_TLS_SERVER_NAME");
        }
    }

    @Test
    void anApiKeyTravelsAsABearerTokenOverTlsAndIsNeverPrinted() {
        Map<String, Object> properties = settings(serverTls);
        properties.put("kyc.temporal.api-key", API_KEY);

        try (ApplicationContext context = ApplicationContext.run(properties)) {
            context.getBean(TemporalConnectionCheck.class).verify();

            assertThat(serverTls.authorizations()).isNotEmpty().allMatch(("Bearer " + API_KEY)::equals);
            assertThat(context.getBean(TemporalSettings.class).toString())
                    .contains("apiKey=(set)")
                    .doesNotContain(API_KEY, PAYLOAD_KEY);
        }
    }

    @Test
    void anApiKeyImpliesTlsAndIsRefusedWithTlsSwitchedOff() {
        Map<String, Object> implied = new HashMap<>(base(serverTls.target(), TlsFrontend.NAMESPACE));
        implied.put("kyc.temporal.api-key", API_KEY);
        implied.put("kyc.temporal.tls.ca-file", certificates.ca().toString());
        implied.put("kyc.temporal.tls.server-name", TestCertificates.SERVER_NAME);
        try (ApplicationContext context = ApplicationContext.run(implied)) {
            context.getBean(TemporalConnectionCheck.class).verify();
        }

        implied.put("kyc.temporal.tls.enabled", "false");
        try (ApplicationContext context = ApplicationContext.run(implied)) {
            assertThatThrownBy(() -> context.getBean(TemporalConnectionCheck.class))
                    .hasStackTraceContaining("KYC_TEMPORAL_TLS_ENABLED (kyc.temporal.tls.enabled) is false, but"
                            + " KYC_TEMPORAL_API_KEY (kyc.temporal.api-key) is set")
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(API_KEY));
        }
    }

    @Test
    void aMissingCaFileIsNamedWithItsPath() {
        Path missing = dir.resolve("no-such-ca.pem");
        Map<String, Object> properties = settings(mtls);
        properties.put("kyc.temporal.tls.ca-file", missing.toString());

        assertStartFails(
                properties, "KYC_TEMPORAL_TLS_CA_FILE (kyc.temporal.tls.ca-file): there is no file at " + missing);
    }

    @Test
    void aCertificateFileThatDoesNotParseIsNamedWithItsPath() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate\n");
        Map<String, Object> properties = settings(mtls);
        properties.put("kyc.temporal.tls.cert-file", garbage.toString());
        properties.put("kyc.temporal.tls.key-file", certificates.clientKey().toString());

        assertStartFails(properties, "KYC_TEMPORAL_TLS_CERT_FILE (kyc.temporal.tls.cert-file): " + garbage);
    }

    @Test
    void aKeyFileThatIsNoKeyIsNamedWithItsPathAndNotPrinted() {
        Map<String, Object> properties = settings(mtls);
        properties.put("kyc.temporal.tls.cert-file", certificates.clientCert().toString());
        // a certificate where the key should be: parses as PEM, holds no key
        properties.put("kyc.temporal.tls.key-file", certificates.ca().toString());

        assertStartFails(properties, "KYC_TEMPORAL_TLS_KEY_FILE (kyc.temporal.tls.key-file): " + certificates.ca());
    }

    @Test
    void aPkcs1KeyIsRefusedWithAHintToConvertIt() throws Exception {
        Path pkcs1 = dir.resolve("client-pkcs1.key");
        Process convert = new ProcessBuilder(
                        "openssl",
                        "rsa",
                        "-traditional",
                        "-in",
                        certificates.clientKey().toString(),
                        "-out",
                        pkcs1.toString())
                .redirectErrorStream(true)
                .start();
        convert.getInputStream().readAllBytes();
        assertThat(convert.waitFor()).isZero();
        assertThat(Files.readString(pkcs1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        Map<String, Object> properties = settings(mtls);
        properties.put("kyc.temporal.tls.cert-file", certificates.clientCert().toString());
        properties.put("kyc.temporal.tls.key-file", pkcs1.toString());

        assertStartFails(
                properties, "KYC_TEMPORAL_TLS_KEY_FILE (kyc.temporal.tls.key-file): " + pkcs1, "openssl pkcs8");
    }

    @Test
    void aCertificateWithoutItsKeyNamesBoth() {
        Map<String, Object> properties = settings(mtls);
        properties.put("kyc.temporal.tls.cert-file", certificates.clientCert().toString());

        assertStartFails(
                properties,
                "KYC_TEMPORAL_TLS_CERT_FILE",
                "KYC_TEMPORAL_TLS_KEY_FILE",
                "only KYC_TEMPORAL_TLS_CERT_FILE");
    }

    @Test
    void anUnreachableTargetFailsWithinTheConnectTimeoutNamingTheTarget() throws IOException {
        String target = "127.0.0.1:" + closedPort();
        Map<String, Object> properties = new HashMap<>(base(target, TlsFrontend.NAMESPACE));
        properties.put("kyc.temporal.connect-timeout", "2s");

        try (ApplicationContext context = ApplicationContext.run(properties)) {
            long started = System.nanoTime();
            assertThatThrownBy(
                            () -> context.getBean(TemporalConnectionCheck.class).verify())
                    .isInstanceOf(TemporalSettingException.class)
                    .hasMessageContaining(target + " (KYC_TEMPORAL_TARGET)")
                    .hasMessageContaining("KYC_TEMPORAL_CONNECT_TIMEOUT")
                    .hasMessageContaining("KYC_TEMPORAL_TLS_ENABLED");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(Duration.ofMillis(1500), Duration.ofSeconds(6));
        }
    }

    @Test
    void aNamespaceTheFrontendDoesNotKnowIsNamed() {
        Map<String, Object> properties = settings(mtls);
        properties.put("kyc.temporal.namespace", "kyc-typo");
        properties.put("kyc.temporal.tls.cert-file", certificates.clientCert().toString());
        properties.put("kyc.temporal.tls.key-file", certificates.clientKey().toString());

        try (ApplicationContext context = ApplicationContext.run(properties)) {
            assertThatThrownBy(
                            () -> context.getBean(TemporalConnectionCheck.class).verify())
                    .isInstanceOf(TemporalSettingException.class)
                    .hasMessageContaining("no namespace 'kyc-typo'")
                    .hasMessageContaining("KYC_TEMPORAL_NAMESPACE");
        }
    }

    @Test
    void theJavaTestServerThatDevstackFallsBackToPassesTheCheck() throws IOException {
        int port = closedPort();
        try (TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port);
                ApplicationContext context = ApplicationContext.run(base("127.0.0.1:" + port, "default"))) {
            context.getBean(TemporalConnectionCheck.class).verify();
        }
    }

    /** The frontend's target and namespace, its CA and the name in its certificate: TLS without a client certificate. */
    private static Map<String, Object> settings(TlsFrontend frontend) {
        Map<String, Object> properties = new HashMap<>(base(frontend.target(), TlsFrontend.NAMESPACE));
        properties.put("kyc.temporal.tls.ca-file", certificates.ca().toString());
        properties.put("kyc.temporal.tls.server-name", TestCertificates.SERVER_NAME);
        return properties;
    }

    private static Map<String, Object> base(String target, String namespace) {
        return Map.of(
                "kyc.temporal.target", target,
                "kyc.temporal.namespace", namespace,
                "kyc.temporal.payload-key", PAYLOAD_KEY,
                "kyc.temporal.connect-timeout", "5s");
    }

    private static void assertStartFails(Map<String, Object> properties, String... named) {
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            assertThatThrownBy(() -> context.getBean(TemporalConnectionCheck.class))
                    .satisfies(e -> assertThat(settingFailure(e).getMessage()).contains(named));
        }
    }

    private static TemporalSettingException settingFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemporalSettingException setting) {
                return setting;
            }
        }
        throw new AssertionError("no TemporalSettingException in", e);
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
