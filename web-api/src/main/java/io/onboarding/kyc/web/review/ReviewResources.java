package io.onboarding.kyc.web.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.store.review.ReviewClaim;
import io.onboarding.kyc.store.review.WaitingReview;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The review queue and claims as the API shows them. */
final class ReviewResources {

    private ReviewResources() {}

    /** {@code GET /v1/reviews}: one page of the queue. */
    @Serdeable
    record ReviewQueue(
            @ArraySchema(arraySchema = @Schema(description = "Oldest wait first."))
            List<QueuedReview> reviews,

            @Schema(
                    nullable = true,
                    description = "Send it back as `cursor` for the page after this one; null on the last page.")
            @Nullable
            String next) {}

    /** A journey waiting for review. */
    @Serdeable
    record QueuedReview(
            String journeyId,
            String customerRef,

            @Schema(description = "The document's country code, as at the start.")
            String country,

            @Schema(description = "The document's type, as at the start.")
            String documentType,

            @ArraySchema(arraySchema = @Schema(description = "Why the journey waits for a person (docs/workflows.md)."))
            List<String> reasons,

            @Schema(description = "When the journey began to wait for review.")
            Instant waitingSince,

            @Schema(description = "Whole seconds it has waited, as of this answer.")
            long ageSeconds,

            @Schema(description = "Whether the workflow escalated the wait (it has waited a day or more).")
            boolean escalated,

            @Schema(nullable = true, description = "The unexpired claim on it; null when nobody holds one.") @Nullable
            ClaimHolder claim) {

        static QueuedReview of(WaitingReview row, Instant now) {
            return new QueuedReview(
                    row.journeyId(),
                    row.customerRef(),
                    row.country(),
                    row.documentType(),
                    row.reasons().isEmpty()
                            ? List.of()
                            : Arrays.asList(row.reasons().split(",")),
                    row.waitingSince(),
                    Math.max(0, Duration.between(row.waitingSince(), now).toSeconds()),
                    row.escalated(),
                    row.claimedBy() == null
                            ? null
                            : new ClaimHolder(row.claimedBy(), row.claimedAt(), row.claimExpiresAt()));
        }
    }

    /** Who holds a claim, and until when. */
    @Serdeable
    record ClaimHolder(
            @Schema(description = "The reviewer: the name of the API key that claimed it.")
            String reviewer,

            Instant claimedAt,
            Instant expiresAt) {}

    /** {@code POST /v1/journeys/{id}/review/claim}: the caller's claim. */
    @Serdeable
    record ClaimResource(
            String journeyId,

            @Schema(description = "The reviewer: the calling API key's name.")
            String reviewer,

            @Schema(description = "When this reviewer's claim began; extending it keeps the time.")
            Instant claimedAt,

            @Schema(description = "When the claim lapses unless claimed again.")
            Instant expiresAt) {

        static ClaimResource of(ReviewClaim claim) {
            return new ClaimResource(claim.journeyId(), claim.reviewer(), claim.claimedAt(), claim.expiresAt());
        }
    }
}
