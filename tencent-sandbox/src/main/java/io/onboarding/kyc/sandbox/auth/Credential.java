package io.onboarding.kyc.sandbox.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * The key a SecretId stands for, and for a temporary key the token it must be presented with.
 *
 * @param token     empty for a permanent key
 * @param expiresAt null when the key does not expire
 */
record Credential(String secretId, String secretKey, Optional<String> token, Instant expiresAt) {}
