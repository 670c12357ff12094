package io.onboarding.kyc.tencent;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/**
 * How to reach Tencent Cloud ({@code tencent.*}). Credentials come from {@code TENCENTCLOUD_SECRET_ID},
 * {@code TENCENTCLOUD_SECRET_KEY} and, for temporary credentials, {@code TENCENTCLOUD_SESSION_TOKEN}.
 *
 * @param ocrEndpoint    OCR product endpoint; the international site by default
 * @param ocrRegion      region for the OCR actions; {@code RecognizeMainlandIDCardOCR} serves only ap-singapore
 * @param faceidEndpoint Face ID product endpoint
 * @param language       {@code en-US} or {@code zh-CN}, for Tencent's error messages
 */
@ConfigurationProperties("tencent")
public record TencentSettings(@Nullable String secretId,
                              @Nullable String secretKey,
                              @Nullable String sessionToken,
                              @Bindable(defaultValue = "https://ocr.intl.tencentcloudapi.com") URI ocrEndpoint,
                              @Bindable(defaultValue = "ap-singapore") String ocrRegion,
                              @Bindable(defaultValue = "https://faceid.intl.tencentcloudapi.com") URI faceidEndpoint,
                              @Bindable(defaultValue = "en-US") String language,
                              @Bindable(defaultValue = "5s") Duration connectTimeout,
                              @Bindable(defaultValue = "20s") Duration readTimeout) {

    public URI endpoint(TencentProduct product) {
        return switch (product) {
            case OCR -> ocrEndpoint;
            case FACEID -> faceidEndpoint;
        };
    }

    @Override
    public String toString() {
        return "TencentSettings[ocrEndpoint=" + ocrEndpoint + ", faceidEndpoint=" + faceidEndpoint + "]";
    }
}
