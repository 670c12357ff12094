package io.onboarding.kyc.contract.ocr;

import java.util.List;

/**
 * What OCR read from one side of a mainland ID card, in one vocabulary whichever Tencent site read it.
 * Holds PII: it travels only inside encrypted Temporal payloads and is never logged.
 *
 * @param birth     as printed by Tencent, unpadded ({@code 1995/5/13})
 * @param validDate the back side's validity period, {@code YYYY.MM.DD-YYYY.MM.DD} or ending in {@code 长期}
 */
public record IdCardOcr(
        String requestId,
        String name,
        String sex,
        String nation,
        String birth,
        String address,
        String idNumber,
        String authority,
        String validDate,
        List<OcrWarning> warnings) {

    public IdCardOcr {
        warnings = List.copyOf(warnings);
    }
}
