package io.onboarding.kyc.contract.journey;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One customer's onboarding journey: runs the identity checks on a submitted document and reaches a
 * decision, waiting for the customer (retake) or for support (review) when the policy says so.
 */
@WorkflowInterface
public interface JourneyWorkflow {

    @WorkflowMethod
    JourneyOutcome run(JourneyRequest request);

    /** The journey as it stands: status, current step, each step's result. Never raw images. */
    @QueryMethod
    JourneyState state();

    /** New photos while the journey is {@code WAITING_RETAKE}. */
    @UpdateMethod
    JourneyState submitRetake(RetakeSubmission retake);

    /** Refuses the retake, changing nothing, unless the journey waits for one and the front is present. */
    @UpdateValidatorMethod(updateName = "submitRetake")
    void validateRetake(RetakeSubmission retake);

    /** A reviewer's decision while the journey is {@code WAITING_REVIEW}. */
    @UpdateMethod
    JourneyState review(ReviewDecision decision);

    /** Refuses the decision, changing nothing, unless the journey waits for review and it names a reviewer. */
    @UpdateValidatorMethod(updateName = "review")
    void validateReview(ReviewDecision decision);

    /** Ends the journey as {@code CANCELLED}, whatever it is doing. */
    @SignalMethod
    void cancel(CancellationRequest request);
}
