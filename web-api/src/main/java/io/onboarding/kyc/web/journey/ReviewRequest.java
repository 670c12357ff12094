package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.web.json.StrictJson;

/** {@code POST /v1/journeys/{id}/review}: a support reviewer's decision. */
@Serdeable
@StrictJson
public record ReviewRequest(
        @Nullable String decision, @Nullable String reason) {}
