package io.onboarding.kyc.activities.encryption;

import java.util.List;

/**
 * Face ID's {@code Encryption} request object: how the fields named in {@code EncryptList} were encrypted.
 *
 * @param ciphertextBlob the per-request symmetric key, RSA-encrypted with Tencent's public key, base64
 * @param encryptList    the request fields that carry ciphertext instead of text
 * @param iv             the CBC initialisation vector, base64 of 16 bytes, shared by the listed fields
 * @param algorithm      {@code AES-256-CBC}
 */
public record Encryption(String ciphertextBlob, List<String> encryptList, String iv, String algorithm) {

    public Encryption {
        encryptList = List.copyOf(encryptList);
    }

    /** Nothing here is secret, but nothing here helps a reader of a log either. */
    @Override
    public String toString() {
        return "Encryption[algorithm=" + algorithm + ", encryptList=" + encryptList + "]";
    }
}
