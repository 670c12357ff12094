package io.onboarding.kyc.keys;

import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * A ciphertext names a key the ring does not hold: the key was dropped too early, or this process was
 * deployed without a key the others already use. Checked, like a failed tag, because both mean "this
 * stored value cannot be opened here" and callers report them the same way.
 */
public final class UnknownKeyException extends GeneralSecurityException {

    private final String keyId;

    UnknownKeyException(String keyId, Set<String> ring) {
        super("encrypted with key '" + keyId + "', which is not in the ring (it holds " + String.join(", ", ring)
                + ")");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
