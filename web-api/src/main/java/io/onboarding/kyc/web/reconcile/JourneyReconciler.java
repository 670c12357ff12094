package io.onboarding.kyc.web.reconcile;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.onboarding.kyc.contract.callback.CallbackDispatcher;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.temporal.TemporalSettings;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the read model from claiming that a journey is alive when no workflow runs behind it: at
 * start-up and then periodically, every journey PostgreSQL holds as unfinished (and that has stood still
 * for the grace period) is looked up in Temporal. One whose workflow is gone, or closed without
 * recording its end, is ended with a reason that says so (ADR 11).
 */
@Singleton
public class JourneyReconciler {

    /** The workflow does not exist: Temporal lost it (a dev server without persistence, a deleted namespace). */
    public static final String WORKFLOW_LOST = "WORKFLOW_LOST";
    /** The workflow closed without recording its end (terminated by an operator, timed out, failed). */
    public static final String WORKFLOW_ENDED = "WORKFLOW_ENDED";

    private static final Logger LOG = LoggerFactory.getLogger(JourneyReconciler.class);

    private final JourneyStore journeys;
    private final WorkflowServiceStubs temporal;
    private final TemporalSettings temporalSettings;
    private final ReconcileSettings settings;
    private final CallbackStore callbacks;
    private final CallbackDispatcher dispatcher;
    private final Clock clock = Clock.systemUTC();

    public JourneyReconciler(
            JourneyStore journeys,
            WorkflowServiceStubs temporal,
            TemporalSettings temporalSettings,
            ReconcileSettings settings,
            CallbackStore callbacks,
            CallbackDispatcher dispatcher) {
        this.journeys = journeys;
        this.temporal = temporal;
        this.temporalSettings = temporalSettings;
        this.settings = settings;
        this.callbacks = callbacks;
        this.dispatcher = dispatcher;
    }

    @Scheduled(initialDelay = "${kyc.reconcile.initial-delay:5s}", fixedDelay = "${kyc.reconcile.interval:5m}")
    void scheduled() {
        if (!settings.enabled()) {
            return;
        }
        try {
            int ended = reconcile();
            if (ended > 0) {
                LOG.warn("Reconciliation ended {} journey(s) that had no running workflow", ended);
            }
        } catch (RuntimeException e) {
            // Temporal or PostgreSQL away: the next pass tries again; nothing was half done (each end is one
            // transaction).
            LOG.warn("Reconciliation pass failed: {}", e.toString());
        }
    }

    /** One pass; returns how many journeys it ended. */
    public int reconcile() {
        Instant cutoff = clock.instant().minus(settings.grace());
        int ended = 0;
        for (Journey journey : journeys.unfinishedSince(cutoff, settings.batch())) {
            if (endIfOrphaned(journey)) {
                ended++;
            }
        }
        return ended;
    }

    /** Ends the journey as FAILED when no workflow runs behind it; returns whether this call ended it. */
    public boolean endIfOrphaned(Journey journey) {
        Optional<String> reason = orphanReason(journey.id());
        if (reason.isEmpty() || !journeys.endWithoutWorkflow(journey, "FAILED", null, reason.get(), clock.instant())) {
            return false;
        }
        LOG.warn(
                "Journey {} was {} in the read model but {}: ended as FAILED",
                journey.id(),
                journey.status(),
                reason.get());
        // the end is news to the product like any other. A start that fails here leaves the delivery PENDING with
        // no workflow behind it, and says so in the log (the journey has ended, so no later pass comes back to it)
        try {
            dispatcher.dispatch(callbacks.pendingDeliveries(journey.id()));
        } catch (RuntimeException e) {
            LOG.warn("Journey {}: its callback could not be started yet: {}", journey.id(), e.toString());
        }
        return true;
    }

    /**
     * Why the journey has no live workflow, or empty when it has one.
     *
     * @throws StatusRuntimeException when Temporal cannot say (unavailable): then nothing is decided
     */
    public Optional<String> orphanReason(String journeyId) {
        try {
            WorkflowExecutionStatus status = temporal.blockingStub()
                    .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
                            .setNamespace(temporalSettings.namespace())
                            .setExecution(
                                    WorkflowExecution.newBuilder().setWorkflowId(JourneyIds.workflowId(journeyId)))
                            .build())
                    .getWorkflowExecutionInfo()
                    .getStatus();
            return status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
                    ? Optional.empty()
                    : Optional.of(WORKFLOW_ENDED);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.of(WORKFLOW_LOST);
            }
            throw e;
        }
    }
}
