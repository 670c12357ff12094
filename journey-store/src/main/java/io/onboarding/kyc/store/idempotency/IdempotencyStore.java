package io.onboarding.kyc.store.idempotency;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Remembers which journey a key's idempotency key started. */
@Singleton
public class IdempotencyStore {

    private final IdempotentStartRepository starts;

    public IdempotencyStore(IdempotentStartRepository starts) {
        this.starts = starts;
    }

    /**
     * Claims {@code idempotencyKey} for {@code journeyId}; call inside the transaction that creates the journey.
     *
     * @return empty when the claim is this request's; otherwise the start that holds the key
     */
    public Optional<IdempotentStart> claim(
            String ownerKeyId, String idempotencyKey, String fingerprint, String journeyId, Instant at) {
        if (starts.claim(ownerKeyId, idempotencyKey, fingerprint, journeyId, at) == 1) {
            return Optional.empty();
        }
        return Optional.of(starts.findById(new IdempotentStartKey(ownerKeyId, idempotencyKey))
                .orElseThrow(() -> new IllegalStateException("an idempotency key was claimed and then vanished")));
    }

    public Optional<IdempotentStart> find(String ownerKeyId, String idempotencyKey) {
        return starts.findById(new IdempotentStartKey(ownerKeyId, idempotencyKey));
    }

    /** Forgets the keys claimed before {@code before}; returns how many. */
    public int forgetBefore(Instant before) {
        return starts.deleteCreatedBefore(before);
    }
}
