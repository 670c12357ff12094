package io.onboarding.kyc.sandbox.action;

/**
 * One Tencent API action. The server has already authenticated the caller, checked version and region and
 * parsed the body against {@link ActionSpec#parameters()} when {@link #handle} runs.
 */
public interface Action {

    ActionSpec spec();

    /**
     * Answers one call of this action.
     *
     * @return the fields of a successful response (without RequestId)
     * @throws io.onboarding.kyc.sandbox.protocol.ApiError for an error response
     */
    ActionResult handle(ActionCall call);

    /**
     * The response this action gives when fault injection forces one of its documented {@code Result}
     * values (for example {@code -4} or {@code -6} of IdCardOCRVerification), as opposed to an error code.
     *
     * @return empty when {@code resultCode} is not a {@code Result} value of this action
     */
    default java.util.Optional<ActionResult> forcedResult(String resultCode, ActionCall call) {
        return java.util.Optional.empty();
    }
}
