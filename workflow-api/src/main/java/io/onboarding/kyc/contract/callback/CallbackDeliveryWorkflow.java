package io.onboarding.kyc.contract.callback;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Delivers one callback: POSTs its event to the journey's callback URL until the receiver takes it, refuses
 * it for good, or the schedule gives up. One workflow per delivery, id {@code callback-<deliveryId>}.
 */
@WorkflowInterface
public interface CallbackDeliveryWorkflow {

    @WorkflowMethod
    void deliver(CallbackDeliveryRequest request);

    static String workflowId(String deliveryId) {
        return "callback-" + deliveryId;
    }
}
