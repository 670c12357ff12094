package io.onboarding.kyc.worker;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import jakarta.inject.Singleton;

@Factory
public class TemporalWorkerFactory {

    @Singleton
    @Bean(preDestroy = "shutdown")
    WorkerFactory workerFactory(WorkflowClient client) {
        return WorkerFactory.newInstance(client);
    }
}
