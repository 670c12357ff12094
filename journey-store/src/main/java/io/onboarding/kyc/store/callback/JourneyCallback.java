package io.onboarding.kyc.store.callback;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The URL a journey's events are delivered to, and the key whose callback secret signs them. */
@MappedEntity("journey_callback")
public record JourneyCallback(@Id String journeyId, String url, String keyId) {}
