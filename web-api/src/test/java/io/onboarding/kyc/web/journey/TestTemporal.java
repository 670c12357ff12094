package io.onboarding.kyc.web.journey;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.onboarding.kyc.temporal.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.common.converter.DataConverter;
import jakarta.inject.Singleton;
import io.temporal.client.WorkflowClientOptions;

@Factory
class TestTemporal {

    static TestWorkflowEnvironment environment;

    @Singleton
    @Replaces(WorkflowClient.class)
    WorkflowClient workflowClient(DataConverter dataConverter) {
        environment = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder().setDataConverter(dataConverter).build())
                .build());
        environment.newWorker(TaskQueues.JOURNEYS).registerWorkflowImplementationTypes(StandInJourneyWorkflow.class);
        environment.start();
        return environment.getWorkflowClient();
    }
}
