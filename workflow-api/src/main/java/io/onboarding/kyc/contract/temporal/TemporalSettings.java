package io.onboarding.kyc.contract.temporal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How to reach Temporal and how to seal payloads ({@code kyc.temporal.*}, or {@code KYC_TEMPORAL_*}
 * environment variables). Payload keys come as a ring ({@code payloadKeys}) or, as before rings, one
 * key ({@code payloadKey}); never both. See {@code docs/operations.md}, "Rotating keys". TLS has settings of
 * its own, {@link TemporalTlsSettings}.
 *
 * @param target         host:port of the Temporal frontend
 * @param namespace      the Temporal namespace
 * @param payloadKey     base64 of a 32-byte AES key, a ring of one under {@code payloadKeyId}; a secret, so
 *                       only ever set from the environment
 * @param payloadKeyId   the current key: it encrypts, and its id is stored beside each ciphertext
 * @param payloadKeys    a key ring, {@code id:base64key,...}; every key in it decrypts; a secret too
 * @param apiKey         a Temporal Cloud API key, sent as {@code Authorization: Bearer <key>} on every call; it
 *                       implies TLS; a secret
 * @param connectTimeout how long the start-up check waits for the frontend before the process gives up
 * @param checkOnStart   whether the process checks, before it serves, that it reaches the frontend and the
 *                       namespace exists; off only for tests of a web API without Temporal
 */
@ConfigurationProperties("kyc.temporal")
public record TemporalSettings(
        @Bindable(defaultValue = "127.0.0.1:7233") String target,
        @Bindable(defaultValue = "default") String namespace,
        @Nullable String payloadKey,
        @Bindable(defaultValue = "k1") String payloadKeyId,
        @Nullable String payloadKeys,
        @Nullable String apiKey,
        @Bindable(defaultValue = "15s") Duration connectTimeout,
        @Bindable(defaultValue = "true") boolean checkOnStart) {

    /** The payload keys alone, connection settings at their defaults. */
    public static TemporalSettings payloadKeys(
            @Nullable String payloadKey, String payloadKeyId, @Nullable String payloadKeys) {
        return new TemporalSettings(
                "127.0.0.1:7233", "default", payloadKey, payloadKeyId, payloadKeys, null, Duration.ofSeconds(15), true);
    }

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "TemporalSettings[target=" + target + ", namespace=" + namespace + ", payloadKeyId=" + payloadKeyId
                + ", apiKey=" + (hasApiKey() ? "(set)" : "(none)") + ", connectTimeout=" + connectTimeout + "]";
    }
}
