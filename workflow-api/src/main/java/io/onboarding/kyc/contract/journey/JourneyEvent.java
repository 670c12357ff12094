package io.onboarding.kyc.contract.journey;

import java.time.Instant;
import java.util.List;

/**
 * One state change of a journey, recorded to the read model.
 *
 * @param sequence   position in the journey's timeline, assigned by the workflow; recording the same
 *                   sequence twice (an activity retry) is a no-op
 * @param stepStatus the step's status after this change, {@code null} for journey-level changes
 * @param waiting    what the journey waits on after this change, {@code null} for nothing (and in events
 *                   recorded by workers from before waits were recorded: the status tells then)
 */
public record JourneyEvent(
        String journeyId,
        int sequence,
        Instant at,
        JourneyStatus status,
        Outcome outcome,
        Step step,
        StepStatus stepStatus,
        String vendorRequestId,
        String detail,
        List<String> reasons,
        Waiting waiting) {

    public JourneyEvent {
        reasons = List.copyOf(reasons);
    }
}
