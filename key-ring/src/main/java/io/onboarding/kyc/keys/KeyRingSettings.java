package io.onboarding.kyc.keys;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.SecretKey;

/**
 * The settings one ring is read from, by the names operators set: {@code <prefix>keys} (a ring spec,
 * {@code id:base64key,...}), {@code <prefix>key} (one key, the form that predates rings and still
 * means a ring of one) and {@code <prefix>key-id} (the current id), each also an environment variable.
 * Every error names the setting and its variable, so a failed start says what to fix.
 *
 * @param prefix  e.g. {@code kyc.sealing.}
 * @param purpose why a key is required, for the message when none is set
 */
public record KeyRingSettings(String prefix, String purpose) {

    public KeyRing read(String ring, String key, String currentId) {
        if (given(ring) && given(key)) {
            throw new IllegalStateException(name("keys") + " and " + name("key") + " are both set: set the ring alone, "
                    + "with the single key in it under its id");
        }
        if (!given(ring) && !given(key)) {
            throw new IllegalStateException(name("keys") + " (id:base64key,...) or " + name("key") + " is not set: "
                    + purpose + ", so a 32-byte base64 key is required");
        }
        if (!given(currentId)) {
            throw new IllegalStateException(name("key-id") + " is not set: it names the key that encrypts");
        }
        Map<String, SecretKey> keys =
                given(ring) ? named("keys", () -> KeyRing.parseKeys(ring)) : Map.of(currentId, key("key", key));
        return named("key-id", () -> new KeyRing(currentId, keys));
    }

    /** A key of its own under this prefix, e.g. {@code fingerprint-key}. */
    public SecretKey key(String suffix, String base64) {
        return named(suffix, () -> KeyRing.aesKey(base64));
    }

    /** {@code kyc.sealing.keys (env KYC_SEALING_KEYS)}: how messages name a setting. */
    public String name(String suffix) {
        String property = prefix + suffix;
        return property + " (env "
                + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")";
    }

    public static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private <T> T named(String suffix, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            // no cause attached: the message is ours and names no key material; a cause might
            throw new IllegalArgumentException(name(suffix) + ": " + e.getMessage());
        }
    }
}
