package io.onboarding.kyc.store.callback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One delivery of one journey event to the journey's callback URL.
 *
 * @param body        the exact bytes (UTF-8 JSON) every attempt sends and signs; no personal data
 * @param resendOf    the delivery this one repeats, for a re-send by support
 * @param requestedBy the key name that asked for a re-send
 */
@MappedEntity("callback_delivery")
public record CallbackDelivery(
        @Id String id,
        String eventId,
        String journeyId,
        String eventType,
        String url,
        String body,
        String state,
        int attempts,
        Instant createdAt,
        @Nullable Instant finishedAt,
        @Nullable String resendOf,
        @Nullable String requestedBy) {

    public DeliveryState deliveryState() {
        return DeliveryState.valueOf(state);
    }
}
