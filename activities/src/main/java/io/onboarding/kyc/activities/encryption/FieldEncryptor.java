package io.onboarding.kyc.activities.encryption;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts request fields the way Tencent's Face ID crypto SDK does for {@code AES-256-CBC}: a fresh 32-byte key
 * and 16-byte IV per request; each field AES-256-CBC with PKCS#7 padding over its UTF-8 text, base64; the key
 * RSA-encrypted (PKCS#1 v1.5 padding) with Tencent's public key, base64, as {@code CiphertextBlob}.
 */
public final class FieldEncryptor {

    public static final String AES_256_CBC = "AES-256-CBC";

    /**
     * Tencent's SDK draws the key as 32 letters and digits and uses their bytes; the service may read the
     * unwrapped key as text, so this engine draws from the same alphabet (with a SecureRandom: about 190 bits).
     */
    private static final char[] KEY_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 16;

    private final PublicKey tencentKey;
    private final SecureRandom random = new SecureRandom();

    public FieldEncryptor(PublicKey tencentKey) {
        this.tencentKey = tencentKey;
    }

    /** An encryptor for a public key in PEM ({@code RSA PUBLIC KEY} or {@code PUBLIC KEY}). */
    public static FieldEncryptor forPem(String pem) {
        return new FieldEncryptor(TencentPublicKey.parse(pem));
    }

    /** The fields encrypted under a key and IV of their own, in the order given. */
    public EncryptedFields encrypt(Map<String, String> fields) {
        byte[] key = newKey();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            Map<String, String> ciphertexts = new LinkedHashMap<>();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
                byte[] ciphertext = aes.doFinal(field.getValue().getBytes(StandardCharsets.UTF_8));
                ciphertexts.put(field.getKey(), Base64.getEncoder().encodeToString(ciphertext));
            }
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, tencentKey);
            String blob = Base64.getEncoder().encodeToString(rsa.doFinal(key));
            Encryption encryption = new Encryption(
                    blob, List.copyOf(fields.keySet()), Base64.getEncoder().encodeToString(iv), AES_256_CBC);
            return new EncryptedFields(ciphertexts, encryption);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC or RSA with Tencent's public key failed", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)];
        }
        return key;
    }

    @Override
    public String toString() {
        return "FieldEncryptor[" + AES_256_CBC + "]";
    }
}
