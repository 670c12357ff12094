package io.onboarding.kyc.worker;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.onboarding.kyc.contract.temporal.PayloadEncryptionCodec;
import io.onboarding.kyc.contract.temporal.TemporalClientFactory;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
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
     * @param stickyCacheSize  {@code kyc.worker.sticky-cache-size} (env {@code KYC_WORKER_STICKY_CACHE_SIZE}): how
     *                         many workflows the worker keeps in memory between their tasks; 0 (the default) leaves
     *                         the SDK's own default (600). A parked journey in the cache costs heap, one out of it
     *                         a replay of its history when it wakes (docs/benchmarks.md, {@code parked})
     */
    @Singleton
    @Bean(preDestroy = "shutdown")
    WorkerFactory workerFactory(
            WorkflowClient client,
            PayloadEncryptionCodec codec,
            @Value("${kyc.temporal.require-encrypted-payloads:true}") boolean requireEncrypted,
            VirtualThreads virtualThreads,
            @Value("${kyc.worker.sticky-cache-size:0}") int stickyCacheSize) {
        LOG.info(
                "Temporal's worker threads are {} (kyc.worker.virtual-threads, JDK {})",
                virtualThreads.on() ? "virtual" : "platform threads",
                Runtime.version().feature());
        WorkerFactoryOptions options = factoryOptions(virtualThreads, stickyCacheSize);
        if (requireEncrypted) {
            LOG.info("The worker takes only encrypted payloads (kyc.temporal.require-encrypted-payloads)");
            return WorkerFactory.newInstance(refusingPlaintext(client, codec), options);
        }
        LOG.warn("kyc.temporal.require-encrypted-payloads is off: anyone who reaches Temporal can drive journeys"
                + " with plaintext signals and updates");
        return WorkerFactory.newInstance(client, options);
    }

    /** Resolved once, as the context starts: a setting this JDK cannot honour stops the worker, named. */
    @Singleton
    VirtualThreads virtualThreads(@Value("${kyc.worker.virtual-threads:auto}") String setting) {
        return VirtualThreads.of(setting);
    }

    static WorkerFactoryOptions factoryOptions(VirtualThreads virtualThreads, int stickyCacheSize) {
        if (stickyCacheSize < 0) {
            throw new IllegalArgumentException("kyc.worker.sticky-cache-size must be 0 (the SDK's default) or more");
        }
        WorkerFactoryOptions.Builder options = virtualThreads.factoryOptions();
        if (stickyCacheSize > 0) {
            LOG.info("The worker keeps up to {} workflows in its sticky cache", stickyCacheSize);
            options.setWorkflowCacheSize(stickyCacheSize);
        }
        return options.build();
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
