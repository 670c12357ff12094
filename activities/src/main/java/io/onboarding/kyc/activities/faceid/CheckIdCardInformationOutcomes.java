package io.onboarding.kyc.activities.faceid;

import io.onboarding.kyc.activities.tencent.TencentErrorCatalogue;
import io.onboarding.kyc.activities.tencent.TencentErrorCategory;
import io.onboarding.kyc.activities.tencent.TencentErrorException;
import io.onboarding.kyc.activities.tencent.TencentFailures;
import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.temporal.failure.ApplicationFailure;

/**
 * What a {@code CheckIdCardInformation} code means to the journey, whichever way it arrived. Tencent lists the
 * action's codes in one table, calls {@code Result} a "business error code", and shows one of them
 * ({@code OcrWarningOccurred}) in {@code Result}; which of the others come in {@code Result} and which in the
 * error envelope it does not say. So the code alone decides, through the one catalogue every action uses:
 * {@code Success} and the business results are a {@link PortraitComparison}; every other code is the activity
 * failure its category calls for (retry an outage, stop on an unusable photo or a misconfigured account), the
 * same for a {@code Result} as for an envelope.
 */
final class CheckIdCardInformationOutcomes {

    static final String SUCCESS = "Success";

    private CheckIdCardInformationOutcomes() {}

    /** True for the codes that are an answer about the person; the rest become failures. */
    static boolean isVerdict(String code) {
        return SUCCESS.equals(code)
                || (code != null && TencentErrorCatalogue.categorise(code) == TencentErrorCategory.BUSINESS_RESULT);
    }

    /** An answer that came as a response: its {@code Result} decides. */
    static PortraitComparison ofResponse(String requestId, CheckIdCardInformation.Response response) {
        String code = response.result();
        if (code == null || code.isBlank()) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "CheckIdCardInformation answered without a Result, RequestId " + requestId,
                    TencentFailures.UNDOCUMENTED_ANSWER);
        }
        if (isVerdict(code)) {
            // Tencent reports Sim 0 whenever the comparison did not run; a missing Sim means the same
            return PortraitComparison.of(requestId, code, response.sim() == null ? 0 : response.sim());
        }
        throw TencentFailures.toActivityFailure(
                new TencentErrorException(CheckIdCardInformation.ACTION.name(), code, "answered in Result", requestId));
    }

    /** An answer that came as an error envelope: its code decides, exactly as it would in {@code Result}. */
    static PortraitComparison ofError(TencentErrorException error) {
        if (isVerdict(error.code())) {
            return PortraitComparison.of(error.requestId(), error.code(), 0);
        }
        throw TencentFailures.toActivityFailure(error);
    }
}
