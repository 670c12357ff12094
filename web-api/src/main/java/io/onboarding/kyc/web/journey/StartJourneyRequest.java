package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.web.json.StrictJson;

/**
 * {@code POST /v1/journeys}.
 *
 * @param customerRef the product's own reference for the customer: opaque, never a name or ID number
 */
@Serdeable
@StrictJson
public record StartJourneyRequest(
        @Nullable String customerRef,
        @Nullable DocumentPayload document,
        @Nullable DeclaredPayload declared,
        @Nullable String callbackUrl) {

    /** What the customer typed into the product's form, to be compared with the card. */
    @Serdeable
    public record DeclaredPayload(
            @Nullable String name, @Nullable String idNumber) {

        @Override
        public String toString() {
            return "DeclaredPayload[redacted]";
        }
    }

    /** Also the whole body of a retake ({@code POST /v1/journeys/{id}/documents}), named {@code document} there too. */
    @Serdeable
    @StrictJson("document")
    public record DocumentPayload(
            @Nullable String country,
            @Nullable String type,
            @Nullable ImagePayload front,
            @Nullable ImagePayload back) {}

    @Serdeable
    public record ImagePayload(@Nullable String imageBase64) {

        @Override
        public String toString() {
            return "ImagePayload[" + (imageBase64 == null ? "null" : imageBase64.length() + " chars") + "]";
        }
    }
}
