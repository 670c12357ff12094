package io.onboarding.kyc.sandbox.action;

/** A Tencent Cloud product, named as it appears in a TC3 credential scope. */
public enum Product {
    OCR("ocr"),
    FACEID("faceid");

    private final String service;

    Product(String service) {
        this.service = service;
    }

    public String service() {
        return service;
    }
}
