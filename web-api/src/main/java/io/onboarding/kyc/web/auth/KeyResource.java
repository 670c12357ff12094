package io.onboarding.kyc.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.store.apikey.ApiKey;
import io.onboarding.kyc.store.apikey.IssuedKey;
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
        String id,
        String name,
        String prefix,
        List<String> roles,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String secret) {

    static KeyResource of(ApiKey key) {
        return new KeyResource(
                key.id(),
                key.name(),
                key.prefix(),
                key.roleSet().stream().map(Enum::name).toList(),
                key.createdAt(),
                key.lastUsedAt(),
                key.revokedAt(),
                null);
    }

    static KeyResource issued(IssuedKey issued) {
        KeyResource key = of(issued.key());
        return new KeyResource(
                key.id(), key.name(), key.prefix(), key.roles(), key.createdAt(), null, null, issued.secret());
    }
}
