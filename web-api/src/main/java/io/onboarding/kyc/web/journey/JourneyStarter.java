package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.contract.journey.JourneyWorkflow;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.onboarding.kyc.store.callback.CallbackSecrets;
import io.onboarding.kyc.store.idempotency.IdempotentStart;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.InvalidRequestException;
import io.onboarding.kyc.web.problem.Problem;
import io.onboarding.kyc.web.problem.ProblemException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** Stores a validated journey and its images, then starts its workflow. */
@Singleton
public class JourneyStarter {

    private final JourneyIntake intake;
    private final JourneyStore journeys;
    private final WorkflowClient temporal;
    private final CallbackSecrets callbackSecrets;
    private final Clock clock = Clock.systemUTC();

    public JourneyStarter(
            JourneyIntake intake, JourneyStore journeys, WorkflowClient temporal, CallbackSecrets callbackSecrets) {
        this.intake = intake;
        this.journeys = journeys;
        this.temporal = temporal;
        this.callbackSecrets = callbackSecrets;
    }

    /**
     * The rows are committed before the workflow starts, so its first activity always finds the images.
     * If Temporal refuses the start, the journey row says so rather than claiming to run.
     */
    Started start(ValidStart start, String ownerKeyId, @Nullable IdempotentRequest idempotent) {
        if (start.callbackUrl() != null && !callbackSecrets.has(ownerKeyId)) {
            throw new InvalidRequestException(List.of(new FieldViolation(
                    "callbackUrl",
                    "signing-secret",
                    "this API key has no callback secret to sign callbacks with; an administrator issues one with"
                            + " POST /v1/api-keys/{keyId}/callback-secret")));
        }
        JourneyIntake.Intake intook = intake.store(start, ownerKeyId, idempotent);
        if (intook instanceof JourneyIntake.Intake.Held held) {
            return replay(held.start(), idempotent);
        }
        JourneyRequest request = ((JourneyIntake.Intake.Created) intook).request();
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
        return new Started(stored, false);
    }

    /** The journey a retry gets back; a different request under the same key is refused, changing nothing. */
    private Started replay(IdempotentStart held, IdempotentRequest idempotent) {
        if (!held.fingerprint().equals(idempotent.fingerprint())) {
            throw new ProblemException(Problem.of(
                            "idempotency-key-reused",
                            "Idempotency-Key used for another request",
                            409,
                            "This API key already sent a different request with this Idempotency-Key; use a new key"
                                    + " for a new request")
                    .withErrors(List.of(new FieldViolation(
                            IdempotentRequest.HEADER,
                            "same-request",
                            "a retry under an Idempotency-Key must repeat the first request exactly"))));
        }
        return new Started(journeys.find(held.journeyId()).orElseThrow(), true);
    }

    /**
     * A started journey.
     *
     * @param replayed whether an earlier request under the same Idempotency-Key started it
     */
    record Started(Journey journey, boolean replayed) {}
}
