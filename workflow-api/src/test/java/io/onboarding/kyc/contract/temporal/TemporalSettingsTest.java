package io.onboarding.kyc.contract.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented environment variables reach the connection settings, and the secrets stay out of toString. */
class TemporalSettingsTest {

    private static final String API_KEY = "api-key-never-printed";
    private static final String PAYLOAD_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void everyConnectionSettingHasItsEnvironmentVariable() {
        Map<String, Object> environment = Map.of(
                TemporalSetting.TARGET.variable(),
                "temporal.internal:7233",
                TemporalSetting.NAMESPACE.variable(),
                "kyc",
                TemporalSetting.API_KEY.variable(),
                API_KEY,
                TemporalSetting.CONNECT_TIMEOUT.variable(),
                "20s",
                TemporalSetting.TLS_ENABLED.variable(),
                "true",
                TemporalSetting.TLS_CA_FILE.variable(),
                "/etc/kyc/temporal/ca.pem",
                TemporalSetting.TLS_CERT_FILE.variable(),
                "/etc/kyc/temporal/client.pem",
                TemporalSetting.TLS_KEY_FILE.variable(),
                "/etc/kyc/temporal/client.key",
                TemporalSetting.TLS_SERVER_NAME.variable(),
                "temporal.test",
                "KYC_TEMPORAL_PAYLOAD_KEY",
                PAYLOAD_KEY);

        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(
                        PropertySource.of("env", environment, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .start()) {
            TemporalSettings settings = context.getBean(TemporalSettings.class);
            TemporalTlsSettings tls = context.getBean(TemporalTlsSettings.class);

            assertThat(settings.target()).isEqualTo("temporal.internal:7233");
            assertThat(settings.namespace()).isEqualTo("kyc");
            assertThat(settings.apiKey()).isEqualTo(API_KEY);
            assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(settings.checkOnStart()).isTrue();
            assertThat(tls)
                    .isEqualTo(new TemporalTlsSettings(
                            true,
                            "/etc/kyc/temporal/ca.pem",
                            "/etc/kyc/temporal/client.pem",
                            "/etc/kyc/temporal/client.key",
                            "temporal.test"));
            assertThat(settings.toString()).doesNotContain(API_KEY, PAYLOAD_KEY).contains("apiKey=(set)");
        }
    }

    @Test
    void variablesAreNamedAfterTheirProperties() {
        assertThat(TemporalSetting.TLS_CERT_FILE.variable()).isEqualTo("KYC_TEMPORAL_TLS_CERT_FILE");
        assertThat(TemporalSetting.TLS_CERT_FILE)
                .hasToString("KYC_TEMPORAL_TLS_CERT_FILE (kyc.temporal.tls.cert-file)");
    }
}
