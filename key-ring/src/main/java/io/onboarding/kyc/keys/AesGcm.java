package io.onboarding.kyc.keys;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over a key ring, in the one layout payloads and rows share: a random 96-bit nonce, then
 * the ciphertext with its 128-bit tag. Sealing uses the current key; the caller stores {@link #keyId()}
 * beside the result, and opening takes the key that stored id names. Associated data binds a
 * ciphertext to where it belongs, so one copied elsewhere does not open.
 */
public final class AesGcm {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] NO_ASSOCIATED_DATA = new byte[0];
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyRing ring;

    public AesGcm(KeyRing ring) {
        this.ring = ring;
    }

    /** The id to store beside what {@link #seal} returns. */
    public String keyId() {
        return ring.currentId();
    }

    public byte[] seal(byte[] plain) {
        return seal(plain, NO_ASSOCIATED_DATA);
    }

    public byte[] seal(byte[] plain, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, ring.current(), nonce, associatedData);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plain.length));
            cipher.doFinal(plain, 0, plain.length, out, NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            // the ring holds only valid AES-256 keys, so this is a JDK without AES-GCM
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public byte[] open(String keyId, byte[] sealed) throws GeneralSecurityException {
        return open(keyId, sealed, NO_ASSOCIATED_DATA);
    }

    /**
     * Opens with the key {@code keyId} names.
     *
     * @throws UnknownKeyException  the ring does not hold that key
     * @throws AEADBadTagException  the value, its associated data or the key is not what sealed it
     */
    public byte[] open(String keyId, byte[] sealed, byte[] associatedData) throws GeneralSecurityException {
        SecretKey key = ring.key(keyId);
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new AEADBadTagException("sealed value is truncated");
        }
        return cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_BYTES), associatedData)
                .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
