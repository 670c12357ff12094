package io.onboarding.kyc.activities.faceid;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.activities.tencent.TencentErrorException;
import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.temporal.failure.ApplicationFailure;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every code seed 001 lists for CheckIdCardInformation, and {@code Success}, fed once in {@code Result} and once
 * as an error envelope: both forms must reach the same outcome, and that outcome is the one expected.
 */
class CheckIdCardInformationOutcomesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Success,                                    COMPARED",
        "FailedOperation.CompareFail,                LOW_SIMILARITY",
        "FailedOperation.CompareLowSimilarity,       LOW_SIMILARITY",
        "FailedOperation.IdFormatError,              ID_NUMBER_INVALID",
        "FailedOperation.IdNameMisMatch,             ID_NAME_MISMATCH",
        "FailedOperation.IdNoExistSystem,            NO_RECORD",
        "FailedOperation.IdPhotoNoExist,             NO_AUTHORITY_PHOTO",
        "FailedOperation.LifePhotoDetectFake,        FAKE_PORTRAIT",
        "FailedOperation.OcrWarningOccurred,         CARD_WARNING",
        "FailedOperation.CompareSystemError,         failure TencentTransient retryable",
        "FailedOperation.DownLoadError,              failure TencentTransient retryable",
        "FailedOperation.EncryptSystemError,         failure TencentTransient retryable",
        "FailedOperation.FileSaveError,              failure TencentTransient retryable",
        "FailedOperation.IdPhotoSystemNoanswer,      failure TencentTransient retryable",
        "FailedOperation.OcrFailed,                  failure TencentTransient retryable",
        "FailedOperation.UnKnown,                    failure TencentTransient retryable",
        "InternalError.EncryptSystemError,           failure TencentTransient retryable",
        "InternalError.UnKnown,                      failure TencentTransient retryable",
        "FailedOperation.RequestLimitExceeded,       failure TencentThrottled retryable",
        "FailedOperation.EmptyImageError,            failure TencentCallerError final",
        "FailedOperation.IdPhotoPoorQuality,         failure TencentCallerError final",
        "FailedOperation.ImageBlur,                  failure TencentCallerError final",
        "FailedOperation.ImageDecodeFailed,          failure TencentCallerError final",
        "FailedOperation.ImageNoIdCard,              failure TencentCallerError final",
        "FailedOperation.ImageSizeTooLarge,          failure TencentCallerError final",
        "FailedOperation.LifePhotoDetectFaces,       failure TencentCallerError final",
        "FailedOperation.LifePhotoDetectNoFaces,     failure TencentCallerError final",
        "FailedOperation.LifePhotoPoorQuality,       failure TencentCallerError final",
        "FailedOperation.LifePhotoSizeError,         failure TencentCallerError final",
        "InvalidParameter,                           failure TencentCallerError final",
        "FailedOperation.StsUnAuthErrError,          failure TencentConfigurationError final",
        "UnauthorizedOperation.Arrears,              failure TencentConfigurationError final",
        "UnauthorizedOperation.ChargeStatusException, failure TencentConfigurationError final",
        "UnauthorizedOperation.Nonactivated,         failure TencentConfigurationError final",
        // not in Tencent's table: its family decides, the same both ways
        "FailedOperation.SomethingNew,               failure TencentTransient retryable"
    })
    void eachCodeMeansTheSameInResultAndAsAnError(String code, String expected) {
        String inResult = outcome(() -> CheckIdCardInformationOutcomes.ofResponse("req-1", response(code, 0.0)));
        String asError = outcome(() -> CheckIdCardInformationOutcomes.ofError(
                new TencentErrorException("CheckIdCardInformation", code, "refused", "req-1")));

        assertThat(inResult).isEqualTo(expected);
        assertThat(asError).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Success, true",
        "FailedOperation.IdNameMisMatch, true",
        "FailedOperation.OcrWarningOccurred, true",
        "FailedOperation.CompareSystemError, false",
        "FailedOperation.LifePhotoDetectFaces, false",
        "UnauthorizedOperation.Arrears, false"
    })
    void onlyAVerdictIsKeptAsPaidSoARetryAsksAgain(String code, boolean kept) {
        assertThat(response(code, 0.0).billable()).isEqualTo(kept);
    }

    @Test
    void theSimilarityTravelsWithAComparison() {
        PortraitComparison comparison = CheckIdCardInformationOutcomes.ofResponse("req-2", response("Success", 91.5));

        assertThat(comparison.compared()).isTrue();
        assertThat(comparison.similarity()).isEqualTo(91.5);
        assertThat(comparison.requestId()).isEqualTo("req-2");
        assertThat(comparison.resultCode()).isEqualTo("Success");
    }

    @Test
    void aResponseWithoutAResultIsAnUndocumentedAnswer() {
        assertThat(outcome(() -> CheckIdCardInformationOutcomes.ofResponse("req-3", response(null, null))))
                .isEqualTo("failure TencentUndocumentedAnswer final");
        assertThat(outcome(() -> CheckIdCardInformationOutcomes.ofResponse("req-3", response(" ", null))))
                .isEqualTo("failure TencentUndocumentedAnswer final");
    }

    @Test
    void anEmptyPortraitReadsAsNoneAsTencentDocuments() {
        assertThat(withPortrait("").portrait()).isNull();
        assertThat(withPortrait(null).portrait()).isNull();
        assertThat(withPortrait("/9j/4AAQ").portrait()).isEqualTo("/9j/4AAQ");
    }

    private static String outcome(Supplier<PortraitComparison> answer) {
        try {
            return answer.get().result().name();
        } catch (ApplicationFailure failure) {
            return "failure " + failure.getType() + (failure.isNonRetryable() ? " final" : " retryable");
        }
    }

    private static CheckIdCardInformation.Response response(String result, Double sim) {
        return new CheckIdCardInformation.Response(sim, result, "", "", "", "", "", "", "", null, "", 90.0, "req");
    }

    private static CheckIdCardInformation.Response withPortrait(String portrait) {
        return new CheckIdCardInformation.Response(
                0.0, "Success", "", "", "", "", "", "", "", portrait, "", 90.0, "req");
    }
}
