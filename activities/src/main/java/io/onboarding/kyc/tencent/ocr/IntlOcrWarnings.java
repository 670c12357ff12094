package io.onboarding.kyc.tencent.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The international OCR's {@code WarnCardInfos} codes in the engine's vocabulary. */
final class IntlOcrWarnings {

    private static final Map<Integer, OcrWarning> CODES = Map.of(
            -9101, OcrWarning.INCOMPLETE_BORDER,
            -9102, OcrWarning.PHOTOCOPY,
            -9103, OcrWarning.RESHOOT,
            -9104, OcrWarning.PS_ALTERED,
            -9107, OcrWarning.REFLECTIVE,
            -9108, OcrWarning.BLURRY,
            -9109, OcrWarning.WARNINGS_NOT_ENABLED);

    private IntlOcrWarnings() {
    }

    /**
     * Unknown codes become {@link OcrWarning#UNRECOGNISED} rather than vanishing (they would hide a warning
     * Tencent added after this table) or failing the activity (a retry would pay for the same answer again).
     */
    static List<OcrWarning> normalise(List<Integer> codes) {
        List<OcrWarning> warnings = new ArrayList<>();
        for (Integer code : codes) {
            warnings.add(CODES.getOrDefault(code, OcrWarning.UNRECOGNISED));
        }
        return warnings;
    }
}
