package io.onboarding.kyc.store.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A journey row: what the API answers with and support staff search on. */
@MappedEntity("journey")
public record Journey(
        @Id String id,
        String customerRef,
        String country,
        String documentType,
        String status,
        @Nullable String outcome,
        @Nullable String step,
        String reasons,
        Instant createdAt,
        Instant updatedAt,
        int lastSequence,
        @Nullable String ownerKeyId) {}
