package io.onboarding.kyc.store.sealing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How personal data is sealed at rest: document images and the vendor answers kept for reuse
 * ({@code kyc.sealing.*}).
 *
 * @param key   base64 of a 32-byte AES key; a secret, set only from the environment ({@code KYC_SEALING_KEY})
 * @param keyId stored beside each sealed value so keys can be rotated
 */
@ConfigurationProperties("kyc.sealing")
public record SealingSettings(@Nullable String key, @Bindable(defaultValue = "s1") String keyId) {

    @Override
    public String toString() {
        return "SealingSettings[keyId=" + keyId + "]";
    }
}
