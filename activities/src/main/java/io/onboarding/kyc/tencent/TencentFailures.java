package io.onboarding.kyc.tencent;

import io.temporal.failure.ApplicationFailure;
import java.time.Duration;

/**
 * Turns a Tencent error into the Temporal failure that makes the activity's retry policy do the right
 * thing: retry what may succeed later, wait out a quota, stop at once on what never will.
 */
public final class TencentFailures {

    /** The call itself is wrong or the image is unusable: retrying sends the same bad request. */
    public static final String CALLER_ERROR = "TencentCallerError";
    /** Credentials, billing or activation: nothing a retry fixes; somebody must act. */
    public static final String CONFIGURATION_ERROR = "TencentConfigurationError";
    /** Tencent answered with a value its documentation does not list: asking again would repeat it. */
    public static final String UNDOCUMENTED_ANSWER = "TencentUndocumentedAnswer";
    /** A business answer arrived as an error where the activity has no result to carry it. */
    public static final String BUSINESS_RESULT = "TencentBusinessResult";
    public static final String THROTTLED = "TencentThrottled";
    public static final String TRANSIENT = "TencentTransient";

    /** Tencent's quotas are per second; waiting a little longer than that lets the window pass. */
    static final Duration THROTTLE_PAUSE = Duration.ofSeconds(2);

    private TencentFailures() {
    }

    public static ApplicationFailure toActivityFailure(TencentErrorException error) {
        return switch (TencentErrorCatalogue.categorise(error.code())) {
            case TRANSIENT -> ApplicationFailure.newFailureWithCause(error.getMessage(), TRANSIENT, error, error.code());
            case THROTTLED -> ApplicationFailure.newFailureWithCauseAndDelay(error.getMessage(), THROTTLED, error,
                    THROTTLE_PAUSE, error.code());
            case CALLER_ERROR -> ApplicationFailure.newNonRetryableFailure(error.getMessage(), CALLER_ERROR, error.code());
            case CONFIGURATION_ERROR ->
                    ApplicationFailure.newNonRetryableFailure(error.getMessage(), CONFIGURATION_ERROR, error.code());
            case BUSINESS_RESULT -> ApplicationFailure.newNonRetryableFailure(error.getMessage(), BUSINESS_RESULT, error.code());
        };
    }
}
