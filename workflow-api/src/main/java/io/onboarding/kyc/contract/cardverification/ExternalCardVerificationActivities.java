package io.onboarding.kyc.contract.cardverification;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Tencent's successor check of non-mainland cards, on the OCR product: apply once, then poll, as with
 * {@link CardVerificationActivities}. Tencent says nothing about how often to poll here, so the answer to
 * {@code apply} carries the engine's own schedule. Runs on
 * {@link io.onboarding.kyc.contract.temporal.TaskQueues#TENCENT_CARD_VERIFICATION}, whose rate limit holds the
 * result action's quota.
 */
@ActivityInterface(namePrefix = "External")
public interface ExternalCardVerificationActivities {

    /** {@code ApplyCardVerificationExternal}. */
    @ActivityMethod
    CardVerificationStarted apply(String journeyId, ForeignCardSubmission card);

    /** {@code GetCardVerificationExternalResult}: one poll. */
    @ActivityMethod
    CardVerificationPoll poll(String journeyId, String token);
}
