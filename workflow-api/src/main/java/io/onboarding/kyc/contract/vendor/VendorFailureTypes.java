package io.onboarding.kyc.contract.vendor;

/**
 * The failure types a vendor activity reports (as {@code ApplicationFailure} types) and the journey
 * workflow reacts to. They are part of the contract: the workflow reads them, the activities map
 * Tencent's errors onto them. The values are stored in workflow histories, so they never change.
 */
public final class VendorFailureTypes {

    /** The call itself is wrong or the image is unusable: retrying sends the same bad request. */
    public static final String CALLER_ERROR = "TencentCallerError";
    /** Credentials, billing or activation: nothing a retry fixes; somebody must act. */
    public static final String CONFIGURATION_ERROR = "TencentConfigurationError";
    /** Tencent answered with a value its documentation does not list: asking again would repeat it. */
    public static final String UNDOCUMENTED_ANSWER = "TencentUndocumentedAnswer";
    /** A business answer arrived as an error where the activity has no result to carry it. */
    public static final String BUSINESS_RESULT = "TencentBusinessResult";
    /** Over the quota: retried after a pause. */
    public static final String THROTTLED = "TencentThrottled";
    /** An outage or timeout that may pass: retried with backoff. */
    public static final String TRANSIENT = "TencentTransient";

    private VendorFailureTypes() {}
}
