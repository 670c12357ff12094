package io.onboarding.kyc.store.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One row of the review queue: a journey waiting for review, with its current claim. Read only through the
 * queue's own queries (ReviewQueueRepository), which name every column; there is no such table.
 *
 * @param reasons       the journey's reasons, comma-separated as the journey row keeps them
 * @param waitingSince  the key the queue is ordered by, with the journey id
 * @param escalated     whether the workflow escalated this wait (a timeline event with detail ESCALATED)
 * @param claimedBy     the reviewer holding an unexpired claim; null when nobody does
 */
@MappedEntity("review_queue")
public record WaitingReview(
        @Id String journeyId,
        String customerRef,
        String country,
        String documentType,
        String reasons,
        Instant waitingSince,
        boolean escalated,
        @Nullable String claimedBy,
        @Nullable Instant claimedAt,
        @Nullable Instant claimExpiresAt) {}
