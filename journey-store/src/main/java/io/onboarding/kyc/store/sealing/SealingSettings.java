package io.onboarding.kyc.store.sealing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How personal data is sealed at rest: document images and the vendor answers kept for reuse
 * ({@code kyc.sealing.*}, or {@code KYC_SEALING_*} environment variables). Keys come as a ring
 * ({@code keys}) or, as before rings, one key ({@code key}); never both. Every value here but
 * {@code keyId} is a secret, set only from the environment. See {@code docs/operations.md}.
 *
 * @param key            base64 of a 32-byte AES key ({@code KYC_SEALING_KEY}), a ring of one under {@code keyId}
 * @param keyId          the current key: it seals, and its id is stored beside each sealed value
 * @param keys           a key ring, {@code id:base64key,...} ({@code KYC_SEALING_KEYS}); every key in it opens
 * @param fingerprintKey base64 of a 32-byte key for {@link Sealer#fingerprint} ({@code KYC_SEALING_FINGERPRINT_KEY});
 *                       never rotated with the ring. Without it a single {@code key} fingerprints, as before
 *                       rings; with {@code keys} it is required
 */
@ConfigurationProperties("kyc.sealing")
public record SealingSettings(
        @Nullable String key,
        @Bindable(defaultValue = "s1") String keyId,
        @Nullable String keys,
        @Nullable String fingerprintKey) {

    @Override
    public String toString() {
        return "SealingSettings[keyId=" + keyId + "]";
    }
}
