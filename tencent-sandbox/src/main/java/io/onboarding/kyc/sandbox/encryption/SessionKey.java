package io.onboarding.kyc.sandbox.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The caller's per-request AES-256 key, unwrapped from {@code CiphertextBlob}: fields are AES-256-CBC with PKCS#7
 * padding over the UTF-8 text, base64 on the wire. Holds key material, so it never prints it.
 */
public final class SessionKey {

    /** AES-256: the unwrapped key is exactly this long. */
    static final int KEY_BYTES = 32;
    /** One AES block. */
    public static final int IV_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    SessionKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 takes a 32-byte key");
        }
        this.key = key.clone();
    }

    /** The text a field held, or empty when the ciphertext is not base64, not this key's, or not UTF-8 text. */
    Optional<String> decrypt(String base64, byte[] iv) {
        try {
            byte[] plain =
                    cipher(Cipher.DECRYPT_MODE, iv).doFinal(Base64.getDecoder().decode(base64));
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plain))
                    .toString());
        } catch (IllegalArgumentException | GeneralSecurityException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Base64 of the text encrypted under this key and {@code iv}: how an encrypted response field is sent. */
    public String encrypt(String text, byte[] iv) {
        try {
            return Base64.getEncoder()
                    .encodeToString(cipher(Cipher.ENCRYPT_MODE, iv).doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is part of every JDK", e);
        }
    }

    /** A fresh IV for a response the sandbox encrypts. */
    public static byte[] freshIv() {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        return iv;
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return aes;
    }

    @Override
    public String toString() {
        return "SessionKey[redacted]";
    }
}
