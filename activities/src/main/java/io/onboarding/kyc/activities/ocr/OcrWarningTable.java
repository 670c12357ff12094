package io.onboarding.kyc.activities.ocr;

import io.onboarding.kyc.contract.ocr.OcrWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One OCR dialect's warning codes in the engine's vocabulary. The two sites number their warnings
 * differently (-9104 is "PS-altered" on one and "temporary card" on the other), so raw codes stop here.
 */
enum OcrWarningTable {

    /** {@code RecognizeMainlandIDCardOCR}'s {@code WarnCardInfos}. */
    INTL(Map.of(
            -9101, OcrWarning.INCOMPLETE_BORDER,
            -9102, OcrWarning.PHOTOCOPY,
            -9103, OcrWarning.RESHOOT,
            -9104, OcrWarning.PS_ALTERED,
            -9107, OcrWarning.REFLECTIVE,
            -9108, OcrWarning.BLURRY,
            -9109, OcrWarning.WARNINGS_NOT_ENABLED)),

    /**
     * {@code IDCardOCR}'s {@code AdvancedInfo.WarnInfos}. Tencent's current reference numbers the invalid
     * validity date -9100; an older table numbered it -9109. On this action -9109 never meant anything
     * else, so both read as the date warning (the international -9109 is another table's business).
     */
    MAINLAND(Map.ofEntries(
            Map.entry(-9100, OcrWarning.INVALID_VALIDITY_DATE),
            Map.entry(-9101, OcrWarning.INCOMPLETE_BORDER),
            Map.entry(-9102, OcrWarning.PHOTOCOPY),
            Map.entry(-9103, OcrWarning.RESHOOT),
            Map.entry(-9104, OcrWarning.TEMPORARY_CARD),
            Map.entry(-9105, OcrWarning.OCCLUSION),
            Map.entry(-9106, OcrWarning.PS_ALTERED),
            Map.entry(-9107, OcrWarning.REFLECTIVE),
            Map.entry(-9108, OcrWarning.BLACK_AND_WHITE_COPY),
            Map.entry(-9109, OcrWarning.INVALID_VALIDITY_DATE),
            Map.entry(-9110, OcrWarning.ELECTRONIC_CARD),
            Map.entry(-9111, OcrWarning.WATERMARK)));

    // Unmodifiable (Map.copyOf) and holds only enum constants, so the table is immutable in fact.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Map<Integer, OcrWarning> codes;

    OcrWarningTable(Map<Integer, OcrWarning> codes) {
        this.codes = Map.copyOf(codes);
    }

    /**
     * Unknown codes become {@link OcrWarning#UNRECOGNISED} rather than vanishing (they would hide a warning
     * Tencent added after this table) or failing the activity (a retry would pay for the same answer again).
     */
    List<OcrWarning> normalise(List<Integer> raw) {
        List<OcrWarning> warnings = new ArrayList<>();
        for (Integer code : raw) {
            warnings.add(codes.getOrDefault(code, OcrWarning.UNRECOGNISED));
        }
        return warnings;
    }
}
