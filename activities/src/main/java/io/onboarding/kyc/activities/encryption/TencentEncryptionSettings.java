package io.onboarding.kyc.activities.encryption;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * Face ID's sensitive-data encryption ({@code tencent.encryption.*}), off by default. When on, the typed-in name
 * and ID number of {@code IdCardOCRVerification} travel encrypted under a fresh key per request, and only Tencent's
 * private key opens that key.
 *
 * @param enabled       send identity fields encrypted
 * @param publicKey     Tencent's RSA public key, PEM ({@code RSA PUBLIC KEY} as Tencent hands it out, or
 *                      {@code PUBLIC KEY}); not a secret
 * @param publicKeyFile the same PEM in a file; used when {@code publicKey} is not set
 * @param algorithm     {@code AES-256-CBC}, the only one this engine implements (Tencent's other, {@code SM4-GCM},
 *                      needs SM2 and SM4, which the JDK lacks)
 */
@ConfigurationProperties("tencent.encryption")
public record TencentEncryptionSettings(
        @Bindable(defaultValue = "false") boolean enabled,
        @Nullable String publicKey,
        @Nullable Path publicKeyFile,
        @Bindable(defaultValue = FieldEncryptor.AES_256_CBC) String algorithm) {

    @Override
    public String toString() {
        return "TencentEncryptionSettings[enabled=" + enabled + ", algorithm=" + algorithm + "]";
    }
}
