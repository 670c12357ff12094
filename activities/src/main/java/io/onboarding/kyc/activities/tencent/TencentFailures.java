package io.onboarding.kyc.activities.tencent;

import io.onboarding.kyc.contract.vendor.VendorFailureTypes;
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
            case TRANSIENT ->
                ApplicationFailure.newFailureWithCause(error.getMessage(), TRANSIENT, error, error.code());
            case THROTTLED ->
                ApplicationFailure.newFailureWithCauseAndDelay(
                        error.getMessage(), THROTTLED, error, THROTTLE_PAUSE, error.code());
            case CALLER_ERROR ->
                ApplicationFailure.newNonRetryableFailure(error.getMessage(), CALLER_ERROR, error.code());
            case CONFIGURATION_ERROR ->
                ApplicationFailure.newNonRetryableFailure(error.getMessage(), CONFIGURATION_ERROR, error.code());
            case BUSINESS_RESULT ->
                ApplicationFailure.newNonRetryableFailure(error.getMessage(), BUSINESS_RESULT, error.code());
        };
    }
}
