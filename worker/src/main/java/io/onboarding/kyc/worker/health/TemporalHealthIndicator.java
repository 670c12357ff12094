package io.onboarding.kyc.worker.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.scheduling.TaskExecutors;
import io.onboarding.kyc.worker.WorkerApplication;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The worker is ready only while it can reach Temporal: without the frontend it polls nothing. Asks for the
 * system info with a short deadline, so that a hung frontend reads as down rather than holding the probe.
 *
 * <p>Only in the worker's own process: where worker and web API share a context (devstack), the web API's
 * indicator of the same name already asks the same frontend.
 */
@Singleton
@Requires(env = WorkerApplication.ENVIRONMENT)
class TemporalHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private static final long DEADLINE_SECONDS = 3;

    private final WorkflowServiceStubs temporal;

    TemporalHealthIndicator(WorkflowServiceStubs temporal, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.temporal = temporal;
        this.executorService = blocking;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        temporal.blockingStub()
                .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
        healthStatus = HealthStatus.UP;
        return Map.of();
    }

    @Override
    protected String getName() {
        return "temporal";
    }
}
