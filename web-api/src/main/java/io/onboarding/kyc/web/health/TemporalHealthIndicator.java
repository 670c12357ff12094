package io.onboarding.kyc.web.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.scheduling.TaskExecutors;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Readiness needs Temporal: without it no journey starts, is read live or is told anything. Asks the
 * frontend for its system info, with a short deadline, so that a hung server reads as down.
 */
@Singleton
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
