package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TencentSettingsTest {

    @Test
    void theInternationalSiteIsTheDefault() {
        try (ApplicationContext context = context(Map.of())) {
            TencentSettings settings = context.getBean(TencentSettings.class);
            assertThat(settings.site()).isEqualTo(TencentSite.INTL);
            assertThat(settings.endpoint(TencentProduct.OCR))
                    .isEqualTo(URI.create("https://ocr.intl.tencentcloudapi.com"));
            assertThat(settings.region(TencentProduct.OCR)).isEqualTo("ap-singapore");
            assertThat(settings.endpoint(TencentProduct.FACEID))
                    .isEqualTo(URI.create("https://faceid.intl.tencentcloudapi.com"));
        }
    }

    @Test
    void theMainlandSiteChangesEndpointsAndRegionAsWrittenInConfiguration() {
        try (ApplicationContext context = context(Map.of("tencent.site", "mainland"))) {
            TencentSettings settings = context.getBean(TencentSettings.class);
            assertThat(settings.site()).isEqualTo(TencentSite.MAINLAND);
            assertThat(settings.endpoint(TencentProduct.OCR)).isEqualTo(URI.create("https://ocr.tencentcloudapi.com"));
            assertThat(settings.region(TencentProduct.OCR)).isEqualTo("ap-guangzhou");
        }
    }

    @Test
    void explicitEndpointsWinOverTheSite() {
        try (ApplicationContext context =
                context(Map.of("tencent.ocr-endpoint", "http://127.0.0.1:9080", "tencent.ocr-region", "ap-shanghai"))) {
            TencentSettings settings = context.getBean(TencentSettings.class);
            assertThat(settings.endpoint(TencentProduct.OCR)).isEqualTo(URI.create("http://127.0.0.1:9080"));
            assertThat(settings.region(TencentProduct.OCR)).isEqualTo("ap-shanghai");
            assertThat(settings.toString()).doesNotContain("secret");
        }
    }

    /** Only the settings: no test environment, so no datasource to start. */
    private static ApplicationContext context(Map<String, Object> properties) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start();
    }
}
