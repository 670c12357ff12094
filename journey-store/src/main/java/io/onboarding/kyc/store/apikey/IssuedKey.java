package io.onboarding.kyc.store.apikey;

/**
 * A key just created: the only moment its secret exists outside the caller's hands.
 *
 * @param secret what the caller sends as {@code X-API-Key}; never stored, never shown again
 */
public record IssuedKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        return "IssuedKey[" + key.name() + ", " + key.prefix() + "…]";
    }
}
