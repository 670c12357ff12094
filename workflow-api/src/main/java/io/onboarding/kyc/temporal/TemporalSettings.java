package io.onboarding.kyc.temporal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How to reach Temporal and how to seal payloads ({@code kyc.temporal.*}, or {@code KYC_TEMPORAL_*}
 * environment variables).
 *
 * @param target       host:port of the Temporal frontend
 * @param namespace    the Temporal namespace
 * @param payloadKey   base64 of a 32-byte AES key; a secret, so only ever set from the environment
 * @param payloadKeyId the name stored beside each ciphertext, so that keys can be rotated
 */
@ConfigurationProperties("kyc.temporal")
public record TemporalSettings(@Bindable(defaultValue = "127.0.0.1:7233") String target,
                               @Bindable(defaultValue = "default") String namespace,
                               @Nullable String payloadKey,
                               @Bindable(defaultValue = "k1") String payloadKeyId) {

    @Override
    public String toString() {
        return "TemporalSettings[target=" + target + ", namespace=" + namespace + ", payloadKeyId=" + payloadKeyId + "]";
    }
}
