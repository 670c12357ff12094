package io.onboarding.kyc.web.callback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.onboarding.kyc.store.callback.CallbackAttempt;
import io.onboarding.kyc.store.callback.CallbackDelivery;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A journey's callbacks as the API shows them. */
final class CallbackResources {

    private CallbackResources() {}

    /** {@code GET /v1/journeys/{id}/callbacks}: where the journey's events go, and every delivery so far. */
    @Serdeable
    record CallbackList(
            String journeyId,

            @Schema(nullable = true, description = "The journey's callbackUrl; null when it has none.") @Nullable
            String callbackUrl,

            List<DeliveryResource> deliveries) {}

    /** One delivery of one event. */
    @Serdeable
    record DeliveryResource(
            @Schema(description = "`cbd_` and 32 hexadecimal digits.")
            String deliveryId,

            @Schema(description = "The event's id, the `id` of the body; a re-send carries the same one.")
            String eventId,

            @Schema(
                    type = "string",
                    allowableValues = {
                        "journey.waiting_retake",
                        "journey.waiting_review",
                        "journey.completed",
                        "journey.failed"
                    })
            String type,

            String url,

            @Schema(
                    type = "string",
                    allowableValues = {"PENDING", "DELIVERED", "REFUSED", "GAVE_UP"},
                    description = """
                                    `PENDING` while attempts go on; `DELIVERED` after a 2xx; `REFUSED` after a 4xx \
                                    other than 408 and 429 (or a URL that may not be called); `GAVE_UP` when no \
                                    attempt got a 2xx within the retry schedule.""")
            String state,

            Instant createdAt,
            @Schema(nullable = true) @Nullable Instant finishedAt,

            @Schema(nullable = true, description = "The first delivery of the event, for a re-send.") @Nullable
            String resendOf,

            @Schema(nullable = true, description = "The key name that asked for a re-send.") @Nullable
            String requestedBy,

            List<AttemptResource> attempts) {

        static DeliveryResource of(CallbackDelivery delivery, List<CallbackAttempt> attempts) {
            return new DeliveryResource(
                    delivery.id(),
                    delivery.eventId(),
                    delivery.eventType(),
                    delivery.url(),
                    delivery.state(),
                    delivery.createdAt(),
                    delivery.finishedAt(),
                    delivery.resendOf(),
                    delivery.requestedBy(),
                    attempts.stream().map(AttemptResource::of).toList());
        }

        static DeliveryResource of(CallbackStore.DeliveryHistory history) {
            return of(history.delivery(), history.attempts());
        }
    }

    /** One HTTP attempt. */
    @Serdeable
    record AttemptResource(
            @Schema(description = "1 for the first attempt.")
            int attempt,

            Instant at,

            @Schema(
                    nullable = true,
                    description = "The receiver's status; null when none came (timeout, no connection).")
            @Nullable
            Integer statusCode,

            @Schema(description = "From sending to the answer, or to giving up on it.")
            int latencyMs,

            @Schema(nullable = true, description = "Why the attempt failed; null after a 2xx.") @Nullable
            String error) {

        static AttemptResource of(CallbackAttempt attempt) {
            return new AttemptResource(
                    attempt.key().attempt(), attempt.at(), attempt.statusCode(), attempt.latencyMs(), attempt.error());
        }
    }
}
