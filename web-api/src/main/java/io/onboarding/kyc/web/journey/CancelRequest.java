package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.web.json.StrictJson;

/** {@code POST /v1/journeys/{id}/cancel}: why the product flow gave up, optionally. */
@Serdeable
@StrictJson
public record CancelRequest(@Nullable String reason) {}
