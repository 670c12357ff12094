package io.onboarding.kyc.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TencentErrorCatalogueTest {

    /** The error tables of the seed pages (Tencent's documentation), action by action, and the common codes. */
    private static final Map<String, List<String>> DOCUMENTED = Map.of(
            "common", List.of("AuthFailure.SignatureFailure", "AuthFailure.SignatureExpire", "AuthFailure.SecretIdNotFound",
                    "AuthFailure.InvalidSecretId", "AuthFailure.TokenFailure", "AuthFailure.InvalidAuthorization",
                    "AuthFailure.UnauthorizedOperation", "InvalidAction", "NoSuchVersion", "UnsupportedRegion",
                    "MissingParameter", "InvalidParameter", "InvalidParameterValue", "UnknownParameter",
                    "RequestLimitExceeded", "RequestLimitExceeded.IPLimitExceeded", "RequestLimitExceeded.UinLimitExceeded",
                    "RequestSizeLimitExceeded", "InternalError", "ServiceUnavailable", "ResourceUnavailable",
                    "UnauthorizedOperation", "UnsupportedOperation"),
            "IdCardOCRVerification", List.of("AuthFailure.InvalidAuthorization", "FailedOperation.DecryptSystemError",
                    "FailedOperation.DownLoadError", "FailedOperation.EmptyImageError", "FailedOperation.ImageBlur",
                    "FailedOperation.ImageDecodeFailed", "FailedOperation.ImageNoIdCard", "FailedOperation.ImageSizeTooLarge",
                    "FailedOperation.OcrFailed", "FailedOperation.StsUnAuthErrError", "FailedOperation.UnKnown",
                    "InvalidParameter", "InvalidParameter.UnsupportEncryptField", "InvalidParameterValue",
                    "UnauthorizedOperation.Arrears", "UnauthorizedOperation.ChargeStatusException",
                    "UnauthorizedOperation.NonAuthorize", "UnauthorizedOperation.Nonactivated"),
            "CheckIdCardInformation", List.of("FailedOperation.CompareFail", "FailedOperation.CompareLowSimilarity",
                    "FailedOperation.CompareSystemError", "FailedOperation.DownLoadError", "FailedOperation.EmptyImageError",
                    "FailedOperation.EncryptSystemError", "FailedOperation.FileSaveError", "FailedOperation.IdFormatError",
                    "FailedOperation.IdNameMisMatch", "FailedOperation.IdNoExistSystem", "FailedOperation.IdPhotoNoExist",
                    "FailedOperation.IdPhotoPoorQuality", "FailedOperation.IdPhotoSystemNoanswer", "FailedOperation.ImageBlur",
                    "FailedOperation.ImageDecodeFailed", "FailedOperation.ImageNoIdCard", "FailedOperation.ImageSizeTooLarge",
                    "FailedOperation.LifePhotoDetectFaces", "FailedOperation.LifePhotoDetectFake",
                    "FailedOperation.LifePhotoDetectNoFaces", "FailedOperation.LifePhotoPoorQuality",
                    "FailedOperation.LifePhotoSizeError", "FailedOperation.OcrFailed", "FailedOperation.OcrWarningOccurred",
                    "FailedOperation.RequestLimitExceeded", "FailedOperation.StsUnAuthErrError", "FailedOperation.UnKnown",
                    "InternalError.EncryptSystemError", "InternalError.UnKnown", "InvalidParameter",
                    "UnauthorizedOperation.Arrears", "UnauthorizedOperation.ChargeStatusException",
                    "UnauthorizedOperation.Nonactivated"),
            "RecognizeMainlandIDCardOCR", List.of("FailedOperation.CardSideError", "FailedOperation.DownLoadError",
                    "FailedOperation.EmptyImageError", "FailedOperation.IdCardInfoIllegal", "FailedOperation.IdCardTooSmall",
                    "FailedOperation.ImageBlur", "FailedOperation.ImageDecodeFailed", "FailedOperation.ImageNoIdCard",
                    "FailedOperation.ImageSizeTooLarge", "FailedOperation.MultiCardError", "FailedOperation.OcrFailed",
                    "FailedOperation.UnKnowError", "FailedOperation.UnOpenError", "FailedOperation.WarningServiceFailed",
                    "InvalidParameter.ConfigFormatError", "InvalidParameterValue.InvalidParameterValueLimit",
                    "LimitExceeded.TooLargeFileError", "ResourceUnavailable.InArrears",
                    "ResourceUnavailable.ResourcePackageRunOut", "ResourcesSoldOut.ChargeStatusException"),
            "ApplyCardVerification", List.of("FailedOperation.ImageSizeTooLarge", "FailedOperation.UnKnowError",
                    "FailedOperation.UnOpenError", "InvalidParameter.EngineImageDecodeFailed",
                    "InvalidParameterValue.InvalidFileContentSize", "InvalidParameterValue.InvalidParameterValueLimit",
                    "ResourceUnavailable.ImageDownloadError", "ResourceUnavailable.InArrears",
                    "ResourceUnavailable.ResourcePackageRunOut"),
            "IDCardOCR", List.of("FailedOperation.DownLoadError", "FailedOperation.EmptyImageError",
                    "FailedOperation.ImageBlur", "FailedOperation.ImageDecodeFailed", "FailedOperation.ImageNoIdCard",
                    "FailedOperation.ImageSizeTooLarge", "FailedOperation.OcrFailed", "FailedOperation.UnKnowError",
                    "FailedOperation.UnOpenError", "InvalidParameter.ConfigFormatError",
                    "InvalidParameterValue.InvalidParameterValueLimit", "LimitExceeded.TooLargeFileError",
                    "ResourcesSoldOut.ChargeStatusException"));

    static Stream<Arguments> documentedCodes() {
        return DOCUMENTED.entrySet().stream()
                .flatMap(action -> action.getValue().stream().map(code -> Arguments.of(action.getKey(), code)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documentedCodes")
    void everyDocumentedCodeIsClassifiedExplicitly(String action, String code) {
        assertThat(TencentErrorCatalogue.isDocumented(code)).as(action + " " + code).isTrue();
        assertThat(TencentErrorCatalogue.categorise(code)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
            "AuthFailure.SignatureFailure,CONFIGURATION_ERROR",
            "UnauthorizedOperation.Arrears,CONFIGURATION_ERROR",
            "FailedOperation.UnOpenError,CONFIGURATION_ERROR",
            "ResourceUnavailable.InArrears,CONFIGURATION_ERROR",
            "RequestLimitExceeded,THROTTLED",
            "FailedOperation.RequestLimitExceeded,THROTTLED",
            "InternalError,TRANSIENT",
            "FailedOperation.CompareSystemError,TRANSIENT",
            "FailedOperation.IdPhotoSystemNoanswer,TRANSIENT",
            "FailedOperation.FileSaveError,TRANSIENT",
            "FailedOperation.UnKnown,TRANSIENT",
            "FailedOperation.IdNameMisMatch,BUSINESS_RESULT",
            "FailedOperation.IdNoExistSystem,BUSINESS_RESULT",
            "FailedOperation.IdPhotoNoExist,BUSINESS_RESULT",
            "FailedOperation.CompareLowSimilarity,BUSINESS_RESULT",
            "FailedOperation.ImageBlur,CALLER_ERROR",
            "FailedOperation.ImageNoIdCard,CALLER_ERROR",
            "InvalidParameter.ConfigFormatError,CALLER_ERROR",
            "MissingParameter,CALLER_ERROR"})
    void theCategoriesThatMatterMost(String code, TencentErrorCategory category) {
        assertThat(TencentErrorCatalogue.categorise(code)).isEqualTo(category);
    }

    @ParameterizedTest
    @CsvSource({
            "AuthFailure.SomethingNew,CONFIGURATION_ERROR",
            "InvalidParameterValue.SomethingNew,CALLER_ERROR",
            "RequestLimitExceeded.SomethingNew,THROTTLED",
            "FailedOperation.SomethingNew,TRANSIENT",
            "CompletelyNew,TRANSIENT"})
    void undocumentedCodesFallBackSafelyByFamily(String code, TencentErrorCategory category) {
        assertThat(TencentErrorCatalogue.isDocumented(code)).isFalse();
        assertThat(TencentErrorCatalogue.categorise(code)).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"InternalError", "FailedOperation.OcrFailed"})
    void transientErrorsAreRetried(String code) {
        ApplicationFailure failure = TencentFailures.toActivityFailure(error(code));
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getType()).isEqualTo(TencentFailures.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RequestLimitExceeded", "FailedOperation.RequestLimitExceeded"})
    void throttlingWaitsBeforeTheNextAttempt(String code) {
        ApplicationFailure failure = TencentFailures.toActivityFailure(error(code));
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @CsvSource({
            "FailedOperation.ImageNoIdCard,TencentCallerError",
            "AuthFailure.SecretIdNotFound,TencentConfigurationError",
            "FailedOperation.IdNameMisMatch,TencentBusinessResult"})
    void finalErrorsAreNeverRetried(String code, String type) {
        ApplicationFailure failure = TencentFailures.toActivityFailure(error(code));
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getType()).isEqualTo(type);
    }

    private static TencentErrorException error(String code) {
        return new TencentErrorException("SomeAction", code, "message", "req-1");
    }
}
