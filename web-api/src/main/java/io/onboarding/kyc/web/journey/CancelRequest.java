package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code POST /v1/journeys/{id}/cancel}: why the product flow gave up, optionally. */
@Serdeable
public record CancelRequest(@Nullable String reason) {
}
