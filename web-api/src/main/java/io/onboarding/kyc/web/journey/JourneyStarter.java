package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.contract.journey.JourneyWorkflow;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Stores a validated journey and its images, then starts its workflow. */
@Singleton
public class JourneyStarter {

    private final JourneyIntake intake;
    private final JourneyStore journeys;
    private final WorkflowClient temporal;
    private final Clock clock = Clock.systemUTC();

    public JourneyStarter(JourneyIntake intake, JourneyStore journeys, WorkflowClient temporal) {
        this.intake = intake;
        this.journeys = journeys;
        this.temporal = temporal;
    }

    /**
     * The rows are committed before the workflow starts, so its first activity always finds the images.
     * If Temporal refuses the start, the journey row says so rather than claiming to run.
     */
    Journey start(ValidStart start) {
        JourneyRequest request = intake.store(start);
        Journey stored = journeys.find(request.journeyId()).orElseThrow();
        JourneyWorkflow workflow = temporal.newWorkflowStub(
                JourneyWorkflow.class,
                WorkflowOptions.newBuilder()
                        .setWorkflowId(JourneyIds.workflowId(request.journeyId()))
                        .setTaskQueue(TaskQueues.JOURNEYS)
                        .build());
        try {
            WorkflowClient.start(workflow::run, request);
        } catch (RuntimeException e) {
            journeys.markFailedToStart(stored.id(), clock.instant());
            throw e;
        }
        return stored;
    }
}
