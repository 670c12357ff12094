package io.onboarding.kyc.store.callback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One HTTP attempt at a delivery.
 *
 * @param statusCode the receiver's status, {@code null} when none came (timeout, refused connection)
 * @param error      why the attempt failed, in words without the body the receiver sent; {@code null} on a 2xx
 */
@MappedEntity("callback_attempt")
public record CallbackAttempt(
        @EmbeddedId CallbackAttemptKey key,
        Instant at,
        @Nullable Integer statusCode,
        int latencyMs,
        @Nullable String error) {}
