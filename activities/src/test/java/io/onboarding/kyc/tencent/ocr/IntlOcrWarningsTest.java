package io.onboarding.kyc.tencent.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntlOcrWarningsTest {

    @Test
    void mapsEveryDocumentedCode() {
        assertThat(IntlOcrWarnings.normalise(List.of(-9101, -9102, -9103, -9104, -9107, -9108, -9109))).containsExactly(
                OcrWarning.INCOMPLETE_BORDER, OcrWarning.PHOTOCOPY, OcrWarning.RESHOOT, OcrWarning.PS_ALTERED,
                OcrWarning.REFLECTIVE, OcrWarning.BLURRY, OcrWarning.WARNINGS_NOT_ENABLED);
    }

    @Test
    void anUndocumentedCodeIsKeptAsUnrecognised() {
        assertThat(IntlOcrWarnings.normalise(List.of(-9102, -9199)))
                .containsExactly(OcrWarning.PHOTOCOPY, OcrWarning.UNRECOGNISED);
    }
}
