package io.onboarding.kyc.activities.encryption;

import java.util.Map;

/**
 * Request fields in their encrypted form and the {@code Encryption} object that says how to open them.
 *
 * @param ciphertexts field name to base64 ciphertext
 */
public record EncryptedFields(Map<String, String> ciphertexts, Encryption encryption) {

    public EncryptedFields {
        ciphertexts = Map.copyOf(ciphertexts);
    }

    public String ciphertext(String field) {
        String ciphertext = ciphertexts.get(field);
        if (ciphertext == null) {
            throw new IllegalArgumentException(field + " was not encrypted");
        }
        return ciphertext;
    }

    @Override
    public String toString() {
        return "EncryptedFields[" + encryption + "]";
    }
}
