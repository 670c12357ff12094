package io.onboarding.kyc.store.document;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals document images with AES-256-GCM. The document id is bound in as associated data, so a sealed
 * image copied onto another row does not decrypt.
 */
@Singleton
public class DocumentCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyId;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public DocumentCipher(DocumentSettings settings) {
        if (settings.key() == null || settings.key().isBlank()) {
            throw new IllegalStateException("kyc.documents.key (env KYC_DOCUMENTS_KEY) is not set: "
                    + "document images are stored encrypted, so a 32-byte base64 key is required");
        }
        byte[] raw = Base64.getDecoder().decode(settings.key().trim());
        if (raw.length != 32) {
            throw new IllegalArgumentException("kyc.documents.key must be base64 of 32 bytes, got " + raw.length);
        }
        this.keyId = settings.keyId();
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String keyId() {
        return keyId;
    }

    public byte[] seal(String documentId, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, documentId, nonce, plain, 0, plain.length);
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    public byte[] open(String documentId, String storedKeyId, byte[] sealed) {
        if (!keyId.equals(storedKeyId)) {
            throw new IllegalStateException("document " + documentId + " is sealed with key '" + storedKeyId
                    + "', which is not configured");
        }
        return run(Cipher.DECRYPT_MODE, documentId, Arrays.copyOf(sealed, NONCE_BYTES), sealed, NONCE_BYTES,
                sealed.length - NONCE_BYTES);
    }

    private byte[] run(int mode, String documentId, byte[] nonce, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(documentId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " document " + documentId, e);
        }
    }
}
