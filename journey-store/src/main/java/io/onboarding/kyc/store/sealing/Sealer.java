package io.onboarding.kyc.store.sealing;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data at rest with AES-256-GCM. Each value is bound to a context (the row it belongs
 * to) as associated data, so a sealed value copied onto another row does not open.
 */
@Singleton
public class Sealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyId;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public Sealer(SealingSettings settings) {
        if (settings.key() == null || settings.key().isBlank()) {
            throw new IllegalStateException("kyc.sealing.key (env KYC_SEALING_KEY) is not set: "
                    + "document images and vendor answers are stored encrypted, so a 32-byte base64 key is required");
        }
        byte[] raw = Base64.getDecoder().decode(settings.key().trim());
        if (raw.length != 32) {
            throw new IllegalArgumentException("kyc.sealing.key must be base64 of 32 bytes, got " + raw.length);
        }
        this.keyId = settings.keyId();
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String keyId() {
        return keyId;
    }

    /**
     * A keyed, one-way tag of a value (hex, 128 bits): equal values give equal tags, and without the key
     * a tag cannot be matched against a list of guessed ID numbers.
     */
    public String fingerprint(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] tag = mac.doFinal(("fingerprint\u0000" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(tag, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    public byte[] seal(String context, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, context, nonce, plain, 0, plain.length);
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    public byte[] open(String context, String storedKeyId, byte[] sealed) {
        if (!keyId.equals(storedKeyId)) {
            throw new IllegalStateException(context + " is sealed with key '" + storedKeyId
                    + "', which is not configured");
        }
        return run(Cipher.DECRYPT_MODE, context, Arrays.copyOf(sealed, NONCE_BYTES), sealed, NONCE_BYTES,
                sealed.length - NONCE_BYTES);
    }

    private byte[] run(int mode, String context, byte[] nonce, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " " + context, e);
        }
    }
}
