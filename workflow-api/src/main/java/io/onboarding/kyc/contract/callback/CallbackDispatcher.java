package io.onboarding.kyc.contract.callback;

import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Starts the delivery workflow of each new callback delivery. Starting one twice (a retried recording activity)
 * is harmless: the workflow id is the delivery's, and a second start is refused by Temporal.
 */
@Singleton
public class CallbackDispatcher {

    private final WorkflowClient temporal;
    private final CallbackSettings settings;

    public CallbackDispatcher(WorkflowClient temporal, CallbackSettings settings) {
        this.temporal = temporal;
        this.settings = settings;
    }

    public void dispatch(Collection<String> deliveryIds) {
        deliveryIds.forEach(this::dispatch);
    }

    public void dispatch(String deliveryId) {
        CallbackDeliveryWorkflow workflow = temporal.newWorkflowStub(
                CallbackDeliveryWorkflow.class,
                WorkflowOptions.newBuilder()
                        .setWorkflowId(CallbackDeliveryWorkflow.workflowId(deliveryId))
                        .setTaskQueue(TaskQueues.CALLBACKS)
                        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                        .build());
        try {
            WorkflowClient.start(workflow::deliver, settings.request(deliveryId));
        } catch (WorkflowExecutionAlreadyStarted started) {
            // dispatched before: a retry of whatever dispatched it
        }
    }
}
