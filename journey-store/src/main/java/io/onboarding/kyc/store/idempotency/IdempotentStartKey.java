package io.onboarding.kyc.store.idempotency;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** A key's own idempotency key: two product keys may use the same one without meeting. */
@Embeddable
public record IdempotentStartKey(
        @MappedProperty("owner_key_id") String ownerKeyId,
        @MappedProperty("idempotency_key") String idempotencyKey) {}
