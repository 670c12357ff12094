package io.onboarding.kyc.tencent;

import io.temporal.failure.ApplicationFailure;
import java.util.Set;

/**
 * Turns a Tencent error into the Temporal failure that makes the activity's retry policy do the right
 * thing: retry what may succeed later, stop at once on what never will.
 *
 * <p>This is the first cut of the classification; the complete per-code table is its own piece of work.
 */
public final class TencentFailures {

    /** The call itself is wrong or the image is unusable: retrying sends the same bad request. */
    public static final String CALLER_ERROR = "TencentCallerError";
    /** Credentials, billing or activation: nothing a retry fixes; somebody must act. */
    public static final String CONFIGURATION_ERROR = "TencentConfigurationError";
    /** Tencent answered with a value its documentation does not list: asking again would repeat it. */
    public static final String UNDOCUMENTED_ANSWER = "TencentUndocumentedAnswer";

    private static final Set<String> CONFIGURATION_PREFIXES = Set.of(
            "AuthFailure", "UnauthorizedOperation", "ResourceUnavailable.InArrears",
            "ResourceUnavailable.ResourcePackageRunOut", "ResourcesSoldOut", "FailedOperation.UnOpenError",
            "InvalidAction", "NoSuchVersion", "UnsupportedRegion");
    private static final Set<String> CALLER_PREFIXES = Set.of(
            "InvalidParameter", "MissingParameter", "UnknownParameter", "FailedOperation.ImageDecodeFailed",
            "FailedOperation.EmptyImageError", "FailedOperation.ImageNoIdCard", "FailedOperation.ImageSizeTooLarge",
            "FailedOperation.CardSideError", "FailedOperation.IdCardTooSmall", "FailedOperation.MultiCardError",
            "FailedOperation.IdCardInfoIllegal", "LimitExceeded.TooLargeFileError", "RequestSizeLimitExceeded");

    private TencentFailures() {
    }

    public static RuntimeException toActivityFailure(TencentErrorException error) {
        if (startsWithAny(error.code(), CONFIGURATION_PREFIXES)) {
            return ApplicationFailure.newNonRetryableFailure(error.getMessage(), CONFIGURATION_ERROR, error.code());
        }
        if (startsWithAny(error.code(), CALLER_PREFIXES)) {
            return ApplicationFailure.newNonRetryableFailure(error.getMessage(), CALLER_ERROR, error.code());
        }
        return error;
    }

    private static boolean startsWithAny(String code, Set<String> prefixes) {
        return prefixes.stream().anyMatch(prefix -> code.equals(prefix) || code.startsWith(prefix + "."));
    }
}
