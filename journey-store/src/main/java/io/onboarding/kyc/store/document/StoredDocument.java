package io.onboarding.kyc.store.document;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A document row; {@code content} is the sealed image, never the plain bytes. */
@MappedEntity("document")
// A row: Micronaut Data maps the bytea column to byte[]; rows are never compared or hashed.
@SuppressWarnings("ArrayRecordComponent")
public record StoredDocument(
        @Id String id,
        String journeyId,
        String side,
        String mediaType,
        int sizeBytes,
        String keyId,
        byte[] content,
        Instant createdAt) {}
