package io.onboarding.kyc.activities.tencent;

import io.onboarding.kyc.contract.vendor.VendorFailureTypes;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;

/**
 * Turns a Tencent error into the Temporal failure that makes the activity's retry policy do the right
 * thing: retry what may succeed later, wait out a quota, stop at once on what never will.
 */
public final class TencentFailures {

    /** The failure types themselves belong to the contract ({@link VendorFailureTypes}); here only the mapping. */
    public static final String CALLER_ERROR = VendorFailureTypes.CALLER_ERROR;

    public static final String CONFIGURATION_ERROR = VendorFailureTypes.CONFIGURATION_ERROR;
    public static final String UNDOCUMENTED_ANSWER = VendorFailureTypes.UNDOCUMENTED_ANSWER;
    public static final String BUSINESS_RESULT = VendorFailureTypes.BUSINESS_RESULT;
    public static final String THROTTLED = VendorFailureTypes.THROTTLED;
    public static final String TRANSIENT = VendorFailureTypes.TRANSIENT;

    /** Tencent's quotas are per second; waiting a little longer than that lets the window pass. */
    static final Duration THROTTLE_PAUSE = Duration.ofSeconds(2);

    private TencentFailures() {}

    public static ApplicationFailure toActivityFailure(TencentErrorException error) {
        return switch (TencentErrorCatalogue.categorise(error.code())) {
            case TRANSIENT -> expected(error.getMessage(), TRANSIENT, error, null, error.code());
            case THROTTLED -> expected(error.getMessage(), THROTTLED, error, THROTTLE_PAUSE, error.code());
            case CALLER_ERROR ->
                ApplicationFailure.newNonRetryableFailure(error.getMessage(), CALLER_ERROR, error.code());
            case CONFIGURATION_ERROR ->
                ApplicationFailure.newNonRetryableFailure(error.getMessage(), CONFIGURATION_ERROR, error.code());
            case BUSINESS_RESULT ->
                ApplicationFailure.newNonRetryableFailure(error.getMessage(), BUSINESS_RESULT, error.code());
        };
    }

    /** No answer came (a connection failure, a timeout, a body that is not Tencent's): retried like an outage. */
    public static ApplicationFailure toActivityFailure(TencentTransportException error) {
        return expected(error.getMessage(), TRANSIENT, error, null, VendorCalls.TRANSPORT_FAILURE);
    }

    /** The engine's own pace had no slot within its horizon: retried once the queue ahead has gone out. */
    public static ApplicationFailure toActivityFailure(PaceExceededException error) {
        return expected(error.getMessage(), THROTTLED, null, error.horizon(), "PACED");
    }

    /*
     * Benign: a failure that is part of normal running and retried. The Temporal SDK logs those at DEBUG instead of
     * a WARN with a stack trace per attempt, and leaves them out of its failure metrics; VendorCalls writes one line
     * of its own instead. Failures that stop the activity keep the SDK's WARN with their cause.
     */
    private static ApplicationFailure expected(
            String message, String type, Throwable cause, Duration delay, String detail) {
        return ApplicationFailure.newBuilder()
                .setMessage(message)
                .setType(type)
                .setCause(cause)
                .setNextRetryDelay(delay)
                .setDetails(detail)
                .setCategory(ApplicationErrorCategory.BENIGN)
                .build();
    }
}
