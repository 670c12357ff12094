package io.onboarding.kyc.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.store.search.FoundJourney;
import io.onboarding.kyc.web.journey.WaitResource;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.List;

/** A journey in a search's answer: its row as GET /v1/journeys/{journeyId} shows it, without steps or identity. */
@Serdeable
@Schema(name = "JourneySummary")
public record JourneySummary(
        String journeyId,

        @Schema(description = "The product's own reference for the customer.")
        String customerRef,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                type = "string",
                allowableValues = {"RUNNING", "WAITING_RETAKE", "WAITING_REVIEW", "COMPLETED", "FAILED"})
        String status,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                type = "string",
                nullable = true,
                description = "Set once the journey is COMPLETED; null before.",
                allowableValues = {"APPROVED", "REJECTED", "CANCELLED", "EXPIRED"})
        @Nullable
        String outcome,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                nullable = true,
                description = "The step the journey is at, or ended on.")
        @Nullable
        String step,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                description =
                                        "Machine-readable reasons for a rejection, a wait or a failure (docs/workflows.md)."))
        List<String> reasons,

        @Schema(description = "The document's country as the journey was started: CHN, AUTO or a foreign country.")
        String country,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                type = "string",
                nullable = true,
                description = "Which checks the journey runs; null while an AUTO journey has not found out.",
                allowableValues = {"MAINLAND", "FOREIGN"})
        @Nullable
        String path,

        Instant createdAt,
        Instant updatedAt,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                nullable = true,
                description = "What it waits on, since and until when; null while it works or after it ended.")
        @Nullable
        WaitResource waiting) {

    static JourneySummary of(FoundJourney found) {
        return new JourneySummary(
                found.id(),
                found.customerRef(),
                found.status(),
                found.outcome(),
                found.step(),
                found.reasons(),
                found.country(),
                found.path(),
                found.createdAt(),
                found.updatedAt(),
                WaitResource.of(found.waiting()));
    }
}
