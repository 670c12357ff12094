package io.onboarding.kyc.worker;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.onboarding.kyc.contract.temporal.PayloadEncryptionCodec;
import io.onboarding.kyc.contract.temporal.TemporalClientFactory;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class TemporalWorkerFactory {

    private static final Logger LOG = LoggerFactory.getLogger(TemporalWorkerFactory.class);

    /**
     * The worker polls through a client of its own, so that the process's shared client (which the web API
     * and its codec endpoint use when both run in one context, as in the devstack) keeps reading plaintext.
     *
     * @param requireEncrypted {@code kyc.temporal.require-encrypted-payloads} (env
     *                         {@code KYC_TEMPORAL_REQUIRE_ENCRYPTED_PAYLOADS}), on unless switched off: the
     *                         worker refuses every inbound payload the payload key did not seal
     */
    @Singleton
    @Bean(preDestroy = "shutdown")
    WorkerFactory workerFactory(
            WorkflowClient client,
            PayloadEncryptionCodec codec,
            @Value("${kyc.temporal.require-encrypted-payloads:true}") boolean requireEncrypted,
            VirtualThreads virtualThreads) {
        LOG.info(
                "Temporal's worker threads are {} (kyc.worker.virtual-threads, JDK {})",
                virtualThreads.on() ? "virtual" : "platform threads",
                Runtime.version().feature());
        if (requireEncrypted) {
            LOG.info("The worker takes only encrypted payloads (kyc.temporal.require-encrypted-payloads)");
            return WorkerFactory.newInstance(refusingPlaintext(client, codec), virtualThreads.factoryOptions());
        }
        LOG.warn("kyc.temporal.require-encrypted-payloads is off: anyone who reaches Temporal can drive journeys"
                + " with plaintext signals and updates");
        return WorkerFactory.newInstance(client, virtualThreads.factoryOptions());
    }

    /** Resolved once, as the context starts: a setting this JDK cannot honour stops the worker, named. */
    @Singleton
    VirtualThreads virtualThreads(@Value("${kyc.worker.virtual-threads:auto}") String setting) {
        return VirtualThreads.of(setting);
    }

    /** {@code client}'s connection and options, with a codec that decodes only what the payload key sealed. */
    static WorkflowClient refusingPlaintext(WorkflowClient client, PayloadEncryptionCodec codec) {
        return WorkflowClient.newInstance(
                client.getWorkflowServiceStubs(),
                client.getOptions().toBuilder()
                        .setDataConverter(TemporalClientFactory.encryptingDataConverter(codec.refusingPlaintext()))
                        .build());
    }
}
