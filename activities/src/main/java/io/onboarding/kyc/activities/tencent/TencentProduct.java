package io.onboarding.kyc.activities.tencent;

/** A Tencent Cloud product: the TC3 scope's service name and the API version its actions take. */
public enum TencentProduct {
    OCR("ocr", "2018-11-19"),
    FACEID("faceid", "2018-03-01");

    private final String service;
    private final String version;

    TencentProduct(String service, String version) {
        this.service = service;
        this.version = version;
    }

    public String service() {
        return service;
    }

    public String version() {
        return version;
    }
}
