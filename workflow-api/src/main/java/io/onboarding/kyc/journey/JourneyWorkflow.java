package io.onboarding.kyc.journey;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One customer's onboarding journey: runs the identity checks on a submitted document and reaches a decision. */
@WorkflowInterface
public interface JourneyWorkflow {

    @WorkflowMethod
    JourneyOutcome run(JourneyRequest request);

    /** The journey as it stands: status, current step, each step's result. Never raw images. */
    @QueryMethod
    JourneyState state();
}
