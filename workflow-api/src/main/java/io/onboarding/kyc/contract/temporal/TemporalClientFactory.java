package io.onboarding.kyc.contract.temporal;

import com.uber.m3.tally.RootScopeBuilder;
import io.grpc.ClientInterceptor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.keys.KeyRingSettings;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import jakarta.inject.Singleton;
import java.util.List;

/** The Temporal client every process shares: the web API starts and queries journeys, the worker polls. */
@Factory
public class TemporalClientFactory {

    private static final KeyRingSettings PAYLOAD_KEYS =
            new KeyRingSettings("kyc.temporal.payload-", "every Temporal payload is encrypted");

    @Singleton
    @Bean(preDestroy = "shutdown")
    WorkflowServiceStubs workflowServiceStubs(
            TemporalSettings settings,
            TemporalTlsSettings tls,
            @Nullable MeterRegistry meters,
            List<ClientInterceptor> interceptors) {
        // interceptors: the worker's count of its open polls, so that it can stop without losing a task
        WorkflowServiceStubsOptions.Builder options = WorkflowServiceStubsOptions.newBuilder()
                .setTarget(settings.target())
                .setGrpcClientInterceptors(interceptors);
        // TLS, mTLS and the API key; a file that is missing or unreadable stops the process here, named
        TemporalChannelSecurity.of(settings, tls).applyTo(options);
        if (meters != null) {
            // the SDK's own metrics (requests, latencies, failures; workers' polls and task slots) beside the process's
            options.setMetricsScope(new RootScopeBuilder()
                    .reporter(new MicrometerClientStatsReporter(meters))
                    .reportEvery(com.uber.m3.util.Duration.ofSeconds(10)));
        }
        return WorkflowServiceStubs.newServiceStubs(options.build());
    }

    @Singleton
    PayloadEncryptionCodec payloadCodec(TemporalSettings settings) {
        return new PayloadEncryptionCodec(
                PAYLOAD_KEYS.read(settings.payloadKeys(), settings.payloadKey(), settings.payloadKeyId()));
    }

    @Singleton
    DataConverter dataConverter(PayloadEncryptionCodec codec) {
        return encryptingDataConverter(codec);
    }

    @Singleton
    WorkflowClient workflowClient(WorkflowServiceStubs stubs, TemporalSettings settings, DataConverter dataConverter) {
        return WorkflowClient.newInstance(
                stubs,
                WorkflowClientOptions.newBuilder()
                        .setNamespace(settings.namespace())
                        .setDataConverter(dataConverter)
                        .build());
    }

    /** Jackson JSON inside AES-GCM: see {@link PayloadEncryptionCodec}. */
    public static DataConverter encryptingDataConverter(String keyId, String base64Key) {
        return encryptingDataConverter(new PayloadEncryptionCodec(PAYLOAD_KEYS.read(null, base64Key, keyId)));
    }

    public static DataConverter encryptingDataConverter(PayloadEncryptionCodec codec) {
        return new CodecDataConverter(DefaultDataConverter.newDefaultInstance(), List.of(codec));
    }
}
