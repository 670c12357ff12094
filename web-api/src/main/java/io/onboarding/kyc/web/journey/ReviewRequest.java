package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code POST /v1/journeys/{id}/review}: a support reviewer's decision. */
@Serdeable
public record ReviewRequest(@Nullable String decision, @Nullable String reason) {
}
