package io.onboarding.kyc.store.document;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How document images are sealed at rest ({@code kyc.documents.*}).
 *
 * @param key   base64 of a 32-byte AES key; a secret, set from the environment ({@code KYC_DOCUMENTS_KEY})
 * @param keyId stored beside each image so keys can be rotated
 */
@ConfigurationProperties("kyc.documents")
public record DocumentSettings(String key, @Bindable(defaultValue = "d1") String keyId) {

    @Override
    public String toString() {
        return "DocumentSettings[keyId=" + keyId + "]";
    }
}
