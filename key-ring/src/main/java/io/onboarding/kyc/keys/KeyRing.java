package io.onboarding.kyc.keys;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 keys by id, in the order configured, and the id of the one that encrypts now. Every key in
 * the ring still decrypts, so a new key can take over while what an older one sealed stays readable.
 *
 * <p>Messages and {@link #toString()} name ids only: a ring ends up in logs and exceptions, its key
 * material must not. An id that fails validation is not echoed either, since a misplaced key could be
 * sitting where the id should be.
 */
public record KeyRing(String currentId, Map<String, SecretKey> keys) {

    // Ids are stored beside every ciphertext (payload metadata, varchar(32) columns) and written in a
    // ring spec between ',' and ':', so they are short and use neither.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final String ID_RULE = "1 to 32 of A-Z a-z 0-9 . _ -";
    private static final int KEY_BYTES = 32;

    public KeyRing {
        if (currentId == null || !ID.matcher(currentId).matches()) {
            throw new IllegalArgumentException("the current key id must be " + ID_RULE);
        }
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("the ring holds no key");
        }
        keys.forEach(KeyRing::requireValid);
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("the current key id '" + currentId + "' is not in the ring, which holds "
                    + String.join(", ", keys.keySet()));
        }
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** A ring of one key: what a single configured key has always meant. */
    public static KeyRing of(String id, SecretKey key) {
        return new KeyRing(id, Map.of(id, key));
    }

    /** The keys of a ring spec, {@code id:base64key[,id:base64key...]}, in the order written. */
    public static Map<String, SecretKey> parseKeys(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("is empty: expected id:base64key[,id:base64key...]");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String[] entries = spec.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).trim();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "entry " + (i + 1) + " is not id:base64key with an id of " + ID_RULE);
            }
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException("key id '" + id + "' appears twice");
            }
            try {
                keys.put(id, aesKey(entry.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("key '" + id + "' " + e.getMessage());
            }
        }
        return keys;
    }

    /** An AES-256 key from base64 (what {@code openssl rand -base64 32} prints). */
    public static SecretKey aesKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            // the decoder's own message quotes the offending character of the key
            throw new IllegalArgumentException("is not valid base64");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("must be base64 of " + KEY_BYTES + " bytes, got " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    public SecretKey current() {
        return keys.get(currentId);
    }

    /** The key a ciphertext names; an id that is not (or no longer) in the ring is an error naming the id. */
    public SecretKey key(String id) throws UnknownKeyException {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new UnknownKeyException(id, keys.keySet());
        }
        return key;
    }

    @Override
    public String toString() {
        return "KeyRing[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }

    private static void requireValid(String id, SecretKey key) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("every key id must be " + ID_RULE);
        }
        byte[] raw = key == null ? null : key.getEncoded();
        if (raw == null || raw.length != KEY_BYTES || !"AES".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("key '" + id + "' is not a " + KEY_BYTES + "-byte AES key");
        }
    }
}
