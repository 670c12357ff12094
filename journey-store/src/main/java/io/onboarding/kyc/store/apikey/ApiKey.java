package io.onboarding.kyc.store.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An API key as stored: never the secret, only its SHA-256.
 *
 * @param prefix the secret's first characters, to tell keys apart in lists and logs
 * @param roles  role names joined by commas, in {@link ApiRole} order
 */
@MappedEntity("api_key")
public record ApiKey(
        @Id String id,
        String name,
        String prefix,
        String secretHash,
        String roles,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public Set<ApiRole> roleSet() {
        return Arrays.stream(roles.split(",", -1))
                .filter(role -> !role.isBlank())
                .map(ApiRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiRole.class)));
    }

    public boolean active() {
        return revokedAt == null;
    }

    static String join(Set<ApiRole> roles) {
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
