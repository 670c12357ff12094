package io.onboarding.kyc.activities.encryption;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Whether identity fields go to Tencent encrypted, as {@code tencent.encryption.*} says. A switched-on setting
 * without a usable key, or with an algorithm this engine does not implement, stops the application at start rather
 * than at the first journey.
 */
@Singleton
public final class IdentityFieldEncryption {

    private final Optional<FieldEncryptor> encryptor;

    public IdentityFieldEncryption(TencentEncryptionSettings settings) {
        this.encryptor = settings.enabled() ? Optional.of(encryptor(settings)) : Optional.empty();
    }

    /** The encryptor to use for this request, or empty when fields go in plain text. */
    public Optional<FieldEncryptor> encryptor() {
        return encryptor;
    }

    private static FieldEncryptor encryptor(TencentEncryptionSettings settings) {
        if (!FieldEncryptor.AES_256_CBC.equals(settings.algorithm())) {
            throw new IllegalStateException("tencent.encryption.algorithm " + settings.algorithm()
                    + " is not implemented; use " + FieldEncryptor.AES_256_CBC);
        }
        String pem = settings.publicKey();
        if ((pem == null || pem.isBlank()) && settings.publicKeyFile() != null) {
            try {
                pem = Files.readString(settings.publicKeyFile(), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("tencent.encryption.public-key-file cannot be read", e);
            }
        }
        if (pem == null || pem.isBlank()) {
            throw new IllegalStateException(
                    "tencent.encryption.enabled needs tencent.encryption.public-key or public-key-file");
        }
        return FieldEncryptor.forPem(pem);
    }

    @Override
    public String toString() {
        return "IdentityFieldEncryption[" + (encryptor.isPresent() ? "on" : "off") + "]";
    }
}
