package io.onboarding.kyc.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A key as the API shows it: never its secret, except once, in the answer that creates it.
 *
 * @param prefix the secret's first characters, to recognise the key
 * @param secret only in the answer to {@code POST /v1/api-keys}; the store keeps a hash and cannot show it again
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record KeyResource(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "`key_` and 32 hexadecimal digits.")
        String id,

        String name,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The secret's first 12 characters, to recognise the key; never the whole secret.")
        String prefix,

        @ArraySchema(
                schema =
                        @Schema(
                                type = "string",
                                allowableValues = {"PRODUCT", "SUPPORT", "ENGINEER", "ADMIN", "PII_READ"}))
        List<String> roles,

        Instant createdAt,

        @Schema(
                nullable = true,
                description =
                        "When the key last authenticated, to the minute; null or left out until it is first used.")
        @Nullable
        Instant lastUsedAt,

        @Schema(nullable = true, description = "When the key was revoked; null or left out while it is active.")
        @Nullable
        Instant revokedAt,

        @Schema(nullable = true, description = """
                                Only in the answer to `POST /v1/api-keys`, once: `kyc_` and 43 URL-safe base64 \
                                characters, to send as `X-API-Key`. It cannot be shown again.""") @Nullable
        String secret,

        @Schema(nullable = true, description = """
                                Only in the answer that creates a `PRODUCT` key, or issues it a new callback secret, once: `kcs_` and 43 URL-safe base64 characters, the key for verifying `X-KYC-Signature` on callbacks (docs/callbacks.md).""") @Nullable
        String callbackSecret) {

    static KeyResource of(ApiKey key) {
        return new KeyResource(
                key.id(),
                key.name(),
                key.prefix(),
                key.roleSet().stream().map(Enum::name).toList(),
                key.createdAt(),
                key.lastUsedAt(),
                key.revokedAt(),
                null,
                null);
    }

    static KeyResource issued(IssuedKey issued) {
        KeyResource key = of(issued.key());
        return new KeyResource(
                key.id(),
                key.name(),
                key.prefix(),
                key.roles(),
                key.createdAt(),
                null,
                null,
                issued.secret(),
                issued.callbackSecret());
    }

    /** The key with a callback secret just issued to it, shown this once. */
    static KeyResource withCallbackSecret(ApiKey apiKey, String callbackSecret) {
        KeyResource key = of(apiKey);
        return new KeyResource(
                key.id(),
                key.name(),
                key.prefix(),
                key.roles(),
                key.createdAt(),
                key.lastUsedAt(),
                key.revokedAt(),
                null,
                callbackSecret);
    }
}
