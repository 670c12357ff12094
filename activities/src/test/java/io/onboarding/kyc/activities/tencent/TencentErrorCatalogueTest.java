package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.sandbox.fault.DocumentedErrors;
import io.onboarding.kyc.sandbox.protocol.CommonErrors;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TencentErrorCatalogueTest {

    /**
     * The error tables of Tencent's documentation as the sandbox keeps them (action by action, from the seed pages),
     * and the common codes any action may answer: one copy of the documentation, shared with the sandbox.
     */
    static Stream<Arguments> documentedCodes() {
        Stream<Arguments> common = CommonErrors.codes().stream().sorted().map(code -> Arguments.of("common", code));
        Stream<Arguments> byAction = DocumentedErrors.actions().stream()
                .sorted()
                .flatMap(action ->
                        DocumentedErrors.codes(action).stream().sorted().map(code -> Arguments.of(action, code)));
        return Stream.concat(common, byAction);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documentedCodes")
    void everyDocumentedCodeIsClassifiedExplicitly(String action, String code) {
        assertThat(TencentErrorCatalogue.isDocumented(code))
                .as(action + " " + code)
                .isTrue();
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
        "MissingParameter,CALLER_ERROR"
    })
    void theCategoriesThatMatterMost(String code, TencentErrorCategory category) {
        assertThat(TencentErrorCatalogue.categorise(code)).isEqualTo(category);
    }

    @ParameterizedTest
    @CsvSource({
        "AuthFailure.SomethingNew,CONFIGURATION_ERROR",
        "InvalidParameterValue.SomethingNew,CALLER_ERROR",
        "RequestLimitExceeded.SomethingNew,THROTTLED",
        "FailedOperation.SomethingNew,TRANSIENT",
        "CompletelyNew,TRANSIENT"
    })
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
        assertThat(failure.getCategory())
                .as("logged by the SDK at DEBUG, by VendorCalls in one line")
                .isEqualTo(ApplicationErrorCategory.BENIGN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RequestLimitExceeded", "FailedOperation.RequestLimitExceeded"})
    void throttlingWaitsBeforeTheNextAttempt(String code) {
        ApplicationFailure failure = TencentFailures.toActivityFailure(error(code));
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(failure.getCategory()).isEqualTo(ApplicationErrorCategory.BENIGN);
    }

    @Test
    void aFullPaceIsThrottlingWaitingOutTheHorizon() {
        ApplicationFailure failure =
                TencentFailures.toActivityFailure(new PaceExceededException("SomeAction", Duration.ofSeconds(5)));
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getType()).isEqualTo(TencentFailures.THROTTLED);
        assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(failure.getCategory()).isEqualTo(ApplicationErrorCategory.BENIGN);
    }

    @Test
    void noAnswerIsTransient() {
        ApplicationFailure failure =
                TencentFailures.toActivityFailure(new TencentTransportException("SomeAction answered HTTP 502"));
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getType()).isEqualTo(TencentFailures.TRANSIENT);
        assertThat(failure.getCategory()).isEqualTo(ApplicationErrorCategory.BENIGN);
    }

    @ParameterizedTest
    @CsvSource({
        "FailedOperation.ImageNoIdCard,TencentCallerError",
        "AuthFailure.SecretIdNotFound,TencentConfigurationError",
        "FailedOperation.IdNameMisMatch,TencentBusinessResult"
    })
    void finalErrorsAreNeverRetried(String code, String type) {
        ApplicationFailure failure = TencentFailures.toActivityFailure(error(code));
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getType()).isEqualTo(type);
        assertThat(failure.getCategory())
                .as("a failure for a person keeps the SDK's WARN with its cause")
                .isNotEqualTo(ApplicationErrorCategory.BENIGN);
    }

    private static TencentErrorException error(String code) {
        return new TencentErrorException("SomeAction", code, "message", "req-1");
    }
}
