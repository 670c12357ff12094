package io.onboarding.kyc.activities.tencent;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/**
 * How to reach Tencent Cloud ({@code tencent.*}). Credentials come from {@code TENCENTCLOUD_SECRET_ID},
 * {@code TENCENTCLOUD_SECRET_KEY} and, for temporary credentials, {@code TENCENTCLOUD_SESSION_TOKEN}.
 *
 * @param site           {@code intl} (default) or {@code mainland}: picks the endpoints and the OCR action
 * @param ocrEndpoint    overrides the site's OCR endpoint (the sandbox, a proxy)
 * @param ocrRegion      overrides the site's OCR region
 * @param faceidEndpoint overrides the site's Face ID endpoint
 * @param faceidRegion   region for the Face ID actions that take one (card verification: ap-hongkong,
 *                       ap-jakarta or ap-singapore)
 * @param language       {@code en-US} or {@code zh-CN}, for Tencent's error messages
 */
@ConfigurationProperties("tencent")
public record TencentSettings(
        @Nullable String secretId,
        @Nullable String secretKey,
        @Nullable String sessionToken,
        @Bindable(defaultValue = "INTL") TencentSite site,
        @Nullable URI ocrEndpoint,
        @Nullable String ocrRegion,
        @Nullable URI faceidEndpoint,
        @Bindable(defaultValue = "ap-singapore") String faceidRegion,
        @Bindable(defaultValue = "en-US") String language,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "20s") Duration readTimeout) {

    public URI endpoint(TencentProduct product) {
        URI configured = product == TencentProduct.OCR ? ocrEndpoint : faceidEndpoint;
        return configured != null ? configured : site.endpoint(product);
    }

    public String region(TencentProduct product) {
        if (product == TencentProduct.FACEID) {
            return faceidRegion;
        }
        return ocrRegion != null && !ocrRegion.isBlank() ? ocrRegion : site.ocrRegion();
    }

    @Override
    public String toString() {
        return "TencentSettings[site=" + site + ", ocrEndpoint=" + endpoint(TencentProduct.OCR) + ", faceidEndpoint="
                + endpoint(TencentProduct.FACEID) + "]";
    }
}
