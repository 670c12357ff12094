package io.onboarding.kyc.store.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A {@code journey_identity} row: the name and the ID number, each sealed on its own, never in clear.
 *
 * @param keyId the ring key that sealed both values
 */
@MappedEntity("journey_identity")
// A row: Micronaut Data maps the bytea columns to byte[]; rows are never compared or hashed.
@SuppressWarnings("ArrayRecordComponent")
public record SealedIdentity(
        @EmbeddedId IdentityKey key,
        String keyId,
        @Nullable byte[] sealedName,
        @Nullable byte[] sealedIdNumber,
        Instant updatedAt) {

    @Override
    public String toString() {
        return "SealedIdentity[" + key + ", keyId=" + keyId + "]";
    }
}
