package io.onboarding.kyc.temporal;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import jakarta.inject.Singleton;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/** The Temporal client every process shares: the web API starts and queries journeys, the worker polls. */
@Factory
public class TemporalClientFactory {

    @Singleton
    @Bean(preDestroy = "shutdown")
    WorkflowServiceStubs workflowServiceStubs(TemporalSettings settings) {
        return WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget(settings.target())
                .build());
    }

    @Singleton
    DataConverter dataConverter(TemporalSettings settings) {
        return encryptingDataConverter(settings.payloadKeyId(), settings.payloadKey());
    }

    @Singleton
    WorkflowClient workflowClient(WorkflowServiceStubs stubs, TemporalSettings settings, DataConverter dataConverter) {
        return WorkflowClient.newInstance(stubs, WorkflowClientOptions.newBuilder()
                .setNamespace(settings.namespace())
                .setDataConverter(dataConverter)
                .build());
    }

    /** Jackson JSON inside AES-GCM: see {@link PayloadEncryptionCodec}. */
    public static DataConverter encryptingDataConverter(String keyId, String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("kyc.temporal.payload-key (env KYC_TEMPORAL_PAYLOAD_KEY) is not set: "
                    + "every Temporal payload is encrypted, so a 32-byte base64 key is required");
        }
        byte[] key = Base64.getDecoder().decode(base64Key.trim());
        if (key.length != 32) {
            throw new IllegalArgumentException("kyc.temporal.payload-key must be base64 of 32 bytes, got " + key.length);
        }
        PayloadEncryptionCodec codec = new PayloadEncryptionCodec(keyId, Map.of(keyId, new SecretKeySpec(key, "AES")));
        return new CodecDataConverter(DefaultDataConverter.newDefaultInstance(), List.of(codec));
    }
}
