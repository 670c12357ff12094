package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.web.journey.StartJourneyRequest.DeclaredPayload;
import io.onboarding.kyc.web.json.StrictJson;

/**
 * The {@code journey} part of a multipart {@code POST /v1/journeys}: the JSON body's fields without the images,
 * which come as the {@code front} and {@code back} file parts.
 */
@Serdeable
@StrictJson
public record StartJourneyForm(
        @Nullable String customerRef,
        @Nullable DocumentFields document,
        @Nullable DeclaredPayload declared,
        @Nullable String callbackUrl) {

    /** The document without its images; also the {@code document} part of a multipart retake. */
    @Serdeable
    @StrictJson("document")
    public record DocumentFields(
            @Nullable String country, @Nullable String type) {}
}
