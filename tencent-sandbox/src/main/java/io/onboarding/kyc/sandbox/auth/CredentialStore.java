package io.onboarding.kyc.sandbox.auth;

import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys the sandbox accepts: permanent ones and STS-style temporary ones, by SecretId. */
public final class CredentialStore {

    private final Map<String, Credential> bySecretId;

    public CredentialStore(Map<String, String> permanent, List<TemporaryCredential> temporary) {
        Map<String, Credential> index = new HashMap<>();
        permanent.forEach((id, key) -> index.put(id, new Credential(id, key, Optional.empty(), null)));
        for (TemporaryCredential credential : temporary) {
            if (index.putIfAbsent(
                            credential.secretId(),
                            new Credential(
                                    credential.secretId(),
                                    credential.secretKey(),
                                    Optional.of(credential.token()),
                                    credential.expiresAt()))
                    != null) {
                throw new IllegalArgumentException("SecretId configured twice: " + credential.secretId());
            }
        }
        this.bySecretId = Map.copyOf(index);
    }

    /** @throws ApiError {@code AuthFailure.SecretIdNotFound} */
    Credential find(String secretId) {
        Credential credential = secretId == null ? null : bySecretId.get(secretId);
        if (credential == null) {
            throw new ApiError(
                    ErrorCodes.SECRET_ID_NOT_FOUND,
                    "The SecretId is not found, please ensure that your SecretId is correct.");
        }
        return credential;
    }

    /**
     * A temporary key is worth nothing without its token; a permanent key ignores a token sent beside it, as the
     * SDKs send none for it anyway.
     *
     * @throws ApiError {@code AuthFailure.TokenFailure}
     */
    static void checkToken(Credential credential, String presented, Instant now) {
        if (credential.token().isEmpty()) {
            return;
        }
        if (presented == null || presented.isBlank()) {
            throw new ApiError(
                    ErrorCodes.TOKEN_FAILURE,
                    "This SecretId is a temporary key: the request must carry its "
                            + "session token (X-TC-Token, or Token in a v1 request).",
                    "临时密钥的请求必须携带对应的 token（X-TC-Token）。");
        }
        if (!MessageDigest.isEqual(
                credential.token().get().getBytes(StandardCharsets.UTF_8),
                presented.trim().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(
                    ErrorCodes.TOKEN_FAILURE,
                    "The token does not belong to this temporary SecretId.",
                    "token 与临时密钥不匹配。");
        }
        if (credential.expiresAt() != null && now.isAfter(credential.expiresAt())) {
            throw new ApiError(
                    ErrorCodes.TOKEN_FAILURE,
                    "The temporary key and its token expired at " + credential.expiresAt() + ".",
                    "临时密钥及其 token 已过期。");
        }
    }
}
