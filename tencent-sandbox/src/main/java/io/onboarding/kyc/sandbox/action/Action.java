package io.onboarding.kyc.sandbox.action;

/**
 * One Tencent API action. The server has already authenticated the caller, checked version and region and
 * parsed the body against {@link ActionSpec#parameters()} when {@link #handle} runs.
 */
public interface Action {

    ActionSpec spec();

    /**
     * @return the fields of a successful response (without RequestId)
     * @throws io.onboarding.kyc.sandbox.protocol.ApiError for an error response
     */
    ActionResult handle(ActionCall call);
}
