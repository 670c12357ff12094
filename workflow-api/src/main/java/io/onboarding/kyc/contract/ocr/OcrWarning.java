package io.onboarding.kyc.contract.ocr;

/**
 * The engine's own names for OCR warnings. The intl and mainland OCR actions number their warnings
 * differently (-9104 is "PS-altered" on one and "temporary card" on the other), so raw codes stop at
 * the client and business rules see only these.
 */
public enum OcrWarning {
    INCOMPLETE_BORDER,
    PHOTOCOPY,
    RESHOOT,
    PS_ALTERED,
    REFLECTIVE,
    BLURRY,
    TEMPORARY_CARD,
    OCCLUSION,
    BLACK_AND_WHITE_COPY,
    INVALID_VALIDITY_DATE,
    ELECTRONIC_CARD,
    WATERMARK,
    /** The account has no warning capability, so the absence of other warnings proves nothing. */
    WARNINGS_NOT_ENABLED,
    /** A code Tencent documents nowhere we know of: kept, so that it cannot pass unnoticed. */
    UNRECOGNISED
}
