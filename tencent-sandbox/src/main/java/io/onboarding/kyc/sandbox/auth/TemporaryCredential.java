package io.onboarding.kyc.sandbox.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A temporary key as Tencent's STS hands out: a SecretId/SecretKey pair that is valid only together with its
 * session token ({@code X-TC-Token}, or {@code Token} in a v1 request), and only until it expires.
 *
 * @param expiresAt null for a key that never expires (convenient in tests; STS keys always expire)
 */
public record TemporaryCredential(String secretId, String secretKey, String token, Instant expiresAt) {

    public TemporaryCredential {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(token, "token");
        if (secretId.isBlank() || token.isBlank()) {
            throw new IllegalArgumentException("a temporary credential needs a SecretId and a token");
        }
    }
}
