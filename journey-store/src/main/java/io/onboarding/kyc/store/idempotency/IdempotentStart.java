package io.onboarding.kyc.store.idempotency;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The first start a key made under one {@code Idempotency-Key}.
 *
 * @param fingerprint SHA-256 of what was asked, to tell a retry from a different request under the same key
 */
@MappedEntity("idempotent_start")
public record IdempotentStart(
        @EmbeddedId IdempotentStartKey key, String fingerprint, String journeyId, Instant createdAt) {}
