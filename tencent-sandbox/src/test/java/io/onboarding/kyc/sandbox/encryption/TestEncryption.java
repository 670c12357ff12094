package io.onboarding.kyc.sandbox.encryption;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The caller's side of Face ID's AES-256-CBC scheme, for tests: one key and IV, wrapped with the sandbox's key. */
public final class TestEncryption {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final byte[] iv;

    private TestEncryption(byte[] key, byte[] iv) {
        this.key = key;
        this.iv = iv;
    }

    public static TestEncryption fresh() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) ('a' + RANDOM.nextInt(26));
        }
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        return new TestEncryption(key, iv);
    }

    /** Base64 of the text under this key and IV. */
    public String encrypt(String text) {
        return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, iv, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of a response field the sandbox encrypted under this key and {@code ivBase64}. */
    public String decrypt(String base64, String ivBase64) {
        byte[] plain = aes(
                Cipher.DECRYPT_MODE,
                Base64.getDecoder().decode(ivBase64),
                Base64.getDecoder().decode(base64));
        return new String(plain, StandardCharsets.UTF_8);
    }

    public String blob() {
        return wrap(key);
    }

    /** Any bytes RSA-wrapped with the sandbox's public key, e.g. a key of the wrong length. */
    public static String wrap(byte[] bytes) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, SandboxKeyPair.testOnly().publicKey());
            return Base64.getEncoder().encodeToString(rsa.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String iv() {
        return Base64.getEncoder().encodeToString(iv);
    }

    /** The {@code Encryption} object naming {@code fields}. */
    public Map<String, Object> encryption(String... fields) {
        Map<String, Object> encryption = new LinkedHashMap<>();
        encryption.put("Algorithm", "AES-256-CBC");
        encryption.put("CiphertextBlob", blob());
        encryption.put("Iv", iv());
        encryption.put("EncryptList", List.of(fields));
        return encryption;
    }

    private byte[] aes(int mode, byte[] iv, byte[] input) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return aes.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
