package io.onboarding.kyc.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.tencent.faceid.IdVerification;
import io.onboarding.kyc.tencent.faceid.IdVerificationResult;
import io.onboarding.kyc.tencent.faceid.PortraitComparison;
import io.onboarding.kyc.tencent.ocr.OcrWarning;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PoliciesTest {

    @Test
    void aCleanCardPassesTheWarningCheck() {
        assertThat(new WarningPolicy().evaluate(List.of())).isEqualTo(CheckResult.pass());
        assertThat(new WarningPolicy().evaluate(List.of(OcrWarning.WARNINGS_NOT_ENABLED))).isEqualTo(CheckResult.pass());
    }

    @ParameterizedTest
    @EnumSource(value = OcrWarning.class, names = "WARNINGS_NOT_ENABLED", mode = EnumSource.Mode.EXCLUDE)
    void everyDetectedWarningHasAReason(OcrWarning warning) {
        CheckResult result = new WarningPolicy().evaluate(List.of(warning));
        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).matches("[A-Z_]+");
    }

    @Test
    void theGravestWarningNamesTheRejection() {
        assertThat(new WarningPolicy().evaluate(List.of(OcrWarning.BLURRY, OcrWarning.PS_ALTERED)).reason())
                .isEqualTo("DOCUMENT_TAMPERED");
        assertThat(new WarningPolicy().evaluate(List.of(OcrWarning.REFLECTIVE, OcrWarning.PHOTOCOPY)).reason())
                .isEqualTo("DOCUMENT_COPY");
    }

    @ParameterizedTest
    @CsvSource({
            "MATCH,",
            "MISMATCH,ID_NAME_MISMATCH",
            "INVALID_ID_NUMBER,ID_NUMBER_INVALID",
            "INVALID_NAME,NAME_INVALID",
            "NO_RECORD,ID_NOT_FOUND",
            "DAILY_LIMIT_REACHED,ID_VERIFICATION_DAILY_LIMIT"})
    void idVerificationAnswersMapToReasons(IdVerificationResult answer, String reason) {
        CheckResult result = new IdVerificationPolicy().evaluate(new IdVerification("r", answer, "x", false));
        assertThat(result.passed()).isEqualTo(reason == null);
        assertThat(result.reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({
            "Success,70.0,",
            "Success,69.99,PORTRAIT_LOW_SIMILARITY",
            "Success,99.76,",
            "FailedOperation.IdNameMisMatch,0,ID_NAME_MISMATCH",
            "FailedOperation.IdPhotoNoExist,0,AUTHORITY_PHOTO_MISSING",
            "FailedOperation.Something,0,PORTRAIT_COMPARISON_FAILED"})
    void portraitSimilarityIsJudgedAgainstTheThreshold(String code, double similarity, String reason) {
        CheckResult result = new PortraitPolicy().evaluate(new PortraitComparison("r", code, similarity));
        assertThat(result.passed()).isEqualTo(reason == null);
        assertThat(result.reason()).isEqualTo(reason);
    }
}
