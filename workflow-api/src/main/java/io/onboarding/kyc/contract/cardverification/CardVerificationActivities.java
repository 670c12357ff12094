package io.onboarding.kyc.contract.cardverification;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Tencent's asynchronous check of non-mainland cards: apply once, then poll. The workflow owns the
 * waiting between polls (durable timers), so each poll is one short activity.
 * Runs on {@link io.onboarding.kyc.contract.temporal.TaskQueues#TENCENT_FACEID}.
 */
@ActivityInterface
public interface CardVerificationActivities {

    /** {@code ApplyCardVerification}. */
    @ActivityMethod
    CardVerificationStarted apply(String journeyId, ForeignCardSubmission card);

    /** {@code GetCardVerificationResult}: one poll. */
    @ActivityMethod
    CardVerificationPoll poll(String journeyId, String token);
}
