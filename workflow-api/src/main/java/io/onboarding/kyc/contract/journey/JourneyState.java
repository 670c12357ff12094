package io.onboarding.kyc.contract.journey;

import java.util.List;

/**
 * The answer to the workflow's {@code state()} query: everything support and on-call need, and no image.
 *
 * @param path     which checks the journey runs; {@code null} until it knows (AUTO)
 * @param waiting  what the journey waits for, {@code null} while it is working or done
 * @param retakes  new photos received so far
 */
public record JourneyState(
        String journeyId,
        JourneyStatus status,
        Outcome outcome,
        Step currentStep,
        List<StepState> steps,
        List<String> reasons,
        JourneyPath path,
        Waiting waiting,
        int retakes) {

    public JourneyState {
        steps = List.copyOf(steps);
        reasons = List.copyOf(reasons);
    }
}
