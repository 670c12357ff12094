package io.onboarding.kyc.worker.callback;

import io.onboarding.kyc.contract.callback.CallbackActivities;
import io.onboarding.kyc.contract.callback.CallbackDeliveryRequest;
import io.onboarding.kyc.contract.callback.CallbackDeliveryWorkflow;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * One delivery as one activity whose retry policy is the delivery schedule: waits doubling from the first retry to
 * the longest wait, no attempt after the give-up time. Temporal keeps the schedule through worker restarts.
 */
public class CallbackDeliveryWorkflowImpl implements CallbackDeliveryWorkflow {

    /** An attempt waits 5 s for the receiver; the rest is for the database notes around it. */
    private static final Duration ATTEMPT_LIMIT = Duration.ofSeconds(20);

    @Override
    public void deliver(CallbackDeliveryRequest request) {
        CallbackActivities attempts = Workflow.newActivityStub(
                CallbackActivities.class,
                ActivityOptions.newBuilder()
                        .setStartToCloseTimeout(ATTEMPT_LIMIT)
                        .setScheduleToCloseTimeout(request.giveUpAfter())
                        .setRetryOptions(RetryOptions.newBuilder()
                                .setInitialInterval(request.firstRetry())
                                .setBackoffCoefficient(2.0)
                                .setMaximumInterval(request.longestWait())
                                .setDoNotRetry(CallbackActivities.REFUSED)
                                .build())
                        .build());
        try {
            attempts.attempt(request.deliveryId());
        } catch (ActivityFailure failure) {
            if (failure.getCause() instanceof ApplicationFailure cause
                    && CallbackActivities.REFUSED.equals(cause.getType())) {
                return;
            }
            Workflow.newActivityStub(
                            CallbackActivities.class,
                            ActivityOptions.newBuilder()
                                    .setStartToCloseTimeout(ATTEMPT_LIMIT)
                                    .setScheduleToCloseTimeout(Duration.ofDays(1))
                                    .build())
                    .giveUp(request.deliveryId());
        }
    }
}
