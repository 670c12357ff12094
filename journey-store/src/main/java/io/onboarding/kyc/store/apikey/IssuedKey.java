package io.onboarding.kyc.store.apikey;

import io.micronaut.core.annotation.Nullable;

/**
 * A key just created: the only moment its secret exists outside the caller's hands.
 *
 * @param secret         what the caller sends as {@code X-API-Key}; never stored, never shown again
 * @param callbackSecret what the key's journeys' callbacks are signed with, for a key that may start journeys
 *                       (PRODUCT); {@code null} otherwise. Stored sealed, shown this once
 */
public record IssuedKey(ApiKey key, String secret, @Nullable String callbackSecret) {

    @Override
    public String toString() {
        return "IssuedKey[" + key.name() + ", " + key.prefix() + "…]";
    }
}
