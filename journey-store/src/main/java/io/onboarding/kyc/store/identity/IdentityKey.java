package io.onboarding.kyc.store.identity;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** A journey's row for one source ({@link IdentitySource} by name). */
@Embeddable
public record IdentityKey(
        @MappedProperty("journey_id") String journeyId,
        @MappedProperty("source") String source) {}
