package io.onboarding.kyc.store.review;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A reviewer's hold on a journey waiting for review, until {@code expiresAt}.
 *
 * @param reviewer  the API key's name
 * @param claimedAt when this reviewer's hold began; extending it keeps the time
 */
@MappedEntity("review_claim")
public record ReviewClaim(@Id String journeyId, String reviewer, Instant claimedAt, Instant expiresAt) {

    public boolean heldBy(String name) {
        return reviewer.equals(name);
    }
}
