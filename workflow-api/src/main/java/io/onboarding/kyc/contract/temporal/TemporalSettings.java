package io.onboarding.kyc.contract.temporal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How to reach Temporal and how to seal payloads ({@code kyc.temporal.*}, or {@code KYC_TEMPORAL_*}
 * environment variables). Payload keys come as a ring ({@code payloadKeys}) or, as before rings, one
 * key ({@code payloadKey}); never both. See {@code docs/operations.md}, "Rotating keys".
 *
 * @param target       host:port of the Temporal frontend
 * @param namespace    the Temporal namespace
 * @param payloadKey   base64 of a 32-byte AES key, a ring of one under {@code payloadKeyId}; a secret, so
 *                     only ever set from the environment
 * @param payloadKeyId the current key: it encrypts, and its id is stored beside each ciphertext
 * @param payloadKeys  a key ring, {@code id:base64key,...}; every key in it decrypts; a secret too
 */
@ConfigurationProperties("kyc.temporal")
public record TemporalSettings(
        @Bindable(defaultValue = "127.0.0.1:7233") String target,
        @Bindable(defaultValue = "default") String namespace,
        @Nullable String payloadKey,
        @Bindable(defaultValue = "k1") String payloadKeyId,
        @Nullable String payloadKeys) {

    @Override
    public String toString() {
        return "TemporalSettings[target=" + target + ", namespace=" + namespace + ", payloadKeyId=" + payloadKeyId
                + "]";
    }
}
