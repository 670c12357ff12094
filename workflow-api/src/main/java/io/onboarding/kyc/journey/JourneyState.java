package io.onboarding.kyc.journey;

import java.util.List;

/** The answer to the workflow's {@code state()} query. */
public record JourneyState(String journeyId, JourneyStatus status, Outcome outcome, Step currentStep,
                           List<StepState> steps, List<String> reasons) {

    public JourneyState {
        steps = List.copyOf(steps);
        reasons = List.copyOf(reasons);
    }
}
