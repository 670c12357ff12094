package io.onboarding.kyc.web.journey;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.temporal.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;

/**
 * The web API's tests run against Temporal's own dev server, with a stand-in journey workflow polling
 * the journeys queue in place of the real worker.
 */
@Factory
class TestTemporal {

    static final String STAND_IN_WORKER = "kyc.test.stand-in-worker";

    /** Points the application's Temporal client at this JVM's dev server. */
    static String target() {
        return TemporalDevServer.shared().target();
    }

    /** Only where a test asks for it: other tests' contexts have no Temporal to poll. */
    @Context
    @Requires(property = STAND_IN_WORKER, value = "true")
    @Bean(preDestroy = "shutdown")
    WorkerFactory standInWorker(WorkflowClient client) {
        WorkerFactory factory = WorkerFactory.newInstance(client);
        factory.newWorker(TaskQueues.JOURNEYS).registerWorkflowImplementationTypes(StandInJourneyWorkflow.class);
        factory.start();
        return factory;
    }
}
