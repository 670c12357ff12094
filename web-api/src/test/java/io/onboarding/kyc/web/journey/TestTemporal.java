package io.onboarding.kyc.web.journey;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.web.TestApplication;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import java.util.Base64;
import java.util.Map;

/**
 * The web API's tests run against Temporal's own dev server, with a stand-in journey workflow polling
 * the journeys queue in place of the real worker.
 */
@Factory
public class TestTemporal {

    public static final String STAND_IN_WORKER = "kyc.test.stand-in-worker";

    /** Points the application's Temporal client at this JVM's dev server. */
    public static String target() {
        return TemporalDevServer.shared().target();
    }

    /** A whole web API for HTTP tests: {@link TestApplication}'s properties, this dev server and the stand-in worker. */
    public static Map<String, String> withStandInWorker() {
        Map<String, String> properties =
                TestApplication.properties(Base64.getEncoder().encodeToString(new byte[32]));
        properties.put("kyc.temporal.target", target());
        properties.put(STAND_IN_WORKER, "true");
        return properties;
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
