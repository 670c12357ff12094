package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A journey as the API shows it.
 *
 * @param step    the step the journey is at, or ended on
 * @param reasons machine-readable reasons for a rejection or failure
 * @param waiting what it waits on now, if anything
 * @param identity who the journey is about, masked unless the key holds PII_READ; its toString shows none of it
 */
@Serdeable
public record JourneyResource(
        String journeyId,
        String customerRef,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                type = "string",
                allowableValues = {"RUNNING", "WAITING_RETAKE", "WAITING_REVIEW", "COMPLETED", "FAILED"})
        String status,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                type = "string",
                nullable = true,
                description = "Set once the journey is COMPLETED; null before.",
                allowableValues = {"APPROVED", "REJECTED", "CANCELLED", "EXPIRED"})
        @Nullable
        String outcome,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
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

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                nullable = true,
                description = "What the journey waits on, since and until when; null while it works or after it "
                        + "ended. A RUNNING journey may wait too: on the authority's daily limit, a foreign card's "
                        + "verdict or a vendor call being retried.")
        @Nullable
        WaitResource waiting,

        List<StepResource> steps,
        Instant createdAt,
        Instant updatedAt,
        IdentityResource identity) {

    /** One check, as far as it got. {@code vendorRequestId} is Tencent's RequestId for support tickets. */
    @Serdeable
    public record StepResource(
            String name,
            String status,
            Instant startedAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) @Nullable
            Instant finishedAt,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true,
                    description = "Tencent's RequestId, for support tickets.")
            @Nullable
            String vendorRequestId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) @Nullable
            String detail) {}
}
