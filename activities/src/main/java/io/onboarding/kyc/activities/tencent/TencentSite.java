package io.onboarding.kyc.activities.tencent;

import java.net.URI;

/**
 * Which Tencent Cloud site the account lives on. They differ in endpoints and in the ID-card OCR action
 * they offer: the international site has {@code RecognizeMainlandIDCardOCR}, the mainland site
 * {@code IDCardOCR}, with different warning tables.
 */
public enum TencentSite {
    INTL(
            URI.create("https://ocr.intl.tencentcloudapi.com"),
            URI.create("https://faceid.intl.tencentcloudapi.com"),
            "ap-singapore"),
    MAINLAND(
            URI.create("https://ocr.tencentcloudapi.com"),
            URI.create("https://faceid.tencentcloudapi.com"),
            "ap-guangzhou");

    private final URI ocrEndpoint;
    private final URI faceidEndpoint;
    private final String ocrRegion;

    TencentSite(URI ocrEndpoint, URI faceidEndpoint, String ocrRegion) {
        this.ocrEndpoint = ocrEndpoint;
        this.faceidEndpoint = faceidEndpoint;
        this.ocrRegion = ocrRegion;
    }

    URI endpoint(TencentProduct product) {
        return product == TencentProduct.OCR ? ocrEndpoint : faceidEndpoint;
    }

    /** RecognizeMainlandIDCardOCR serves only ap-singapore; IDCardOCR takes any of its regions. */
    String ocrRegion() {
        return ocrRegion;
    }
}
