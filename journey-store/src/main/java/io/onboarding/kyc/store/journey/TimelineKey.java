package io.onboarding.kyc.store.journey;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

@Embeddable
public record TimelineKey(
        @MappedProperty("journey_id") String journeyId,
        @MappedProperty("sequence") int sequence) {}
