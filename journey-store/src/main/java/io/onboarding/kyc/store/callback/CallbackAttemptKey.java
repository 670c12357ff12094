package io.onboarding.kyc.store.callback;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** An attempt's place: its delivery and its number there, Temporal's attempt number, from 1. */
@Embeddable
public record CallbackAttemptKey(
        @MappedProperty("delivery_id") String deliveryId,
        @MappedProperty("attempt") int attempt) {}
