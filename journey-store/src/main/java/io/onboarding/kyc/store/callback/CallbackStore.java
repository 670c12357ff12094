package io.onboarding.kyc.store.callback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The callback outbox: which journeys want callbacks, the deliveries their changes cause, and every attempt at
 * them. A delivery is written in the transaction that records the change, so a change is never recorded without
 * its delivery; Temporal then carries each delivery out ({@code CallbackDeliveryWorkflow}).
 */
@Singleton
public class CallbackStore {

    private final JourneyCallbackRepository callbacks;
    private final CallbackDeliveryRepository deliveries;
    private final CallbackAttemptRepository attempts;
    private final CallbackSecrets secrets;
    private final Clock clock = Clock.systemUTC();

    public CallbackStore(
            JourneyCallbackRepository callbacks,
            CallbackDeliveryRepository deliveries,
            CallbackAttemptRepository attempts,
            CallbackSecrets secrets) {
        this.callbacks = callbacks;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.secrets = secrets;
    }

    /** The journey's events go to {@code url}, signed with {@code keyId}'s secret; joins the caller's transaction. */
    public void register(String journeyId, String url, String keyId) {
        callbacks.save(new JourneyCallback(journeyId, url, keyId));
    }

    public Optional<JourneyCallback> callbackOf(String journeyId) {
        return callbacks.findById(journeyId);
    }

    /**
     * A journey moved from {@code previousStatus} to {@code status} at timeline position {@code sequence}: when it
     * wants callbacks and this is news to the product (a new status it is told about), a delivery is written.
     * Joins the caller's transaction; a second call for the same sequence writes nothing.
     */
    public void journeyMoved(
            String journeyId,
            int sequence,
            String previousStatus,
            String status,
            @Nullable String outcome,
            List<String> reasons,
            Instant at) {
        Optional<CallbackEventType> type = CallbackEventType.forStatus(status);
        if (type.isEmpty() || status.equals(previousStatus)) {
            return;
        }
        callbacks.findById(journeyId).ifPresent(callback -> {
            CallbackEvent event = new CallbackEvent(
                    CallbackEvent.idOf(journeyId, sequence), type.get(), journeyId, status, outcome, reasons, at);
            deliveries.insertFirst(
                    newDeliveryId(),
                    event.id(),
                    journeyId,
                    type.get().wireName(),
                    callback.url(),
                    event.toJson(),
                    clock.instant());
        });
    }

    /** The deliveries of the event at this timeline position that are still to be carried out. */
    public List<String> pendingDeliveries(String journeyId, int sequence) {
        return deliveries
                .findByEventIdAndState(CallbackEvent.idOf(journeyId, sequence), DeliveryState.PENDING.name())
                .stream()
                .map(CallbackDelivery::id)
                .toList();
    }

    /** Every delivery of the journey still to be carried out, whatever event caused it. */
    public List<String> pendingDeliveries(String journeyId) {
        return deliveries.findByJourneyIdAndState(journeyId, DeliveryState.PENDING.name()).stream()
                .map(CallbackDelivery::id)
                .toList();
    }

    /** What an attempt sends, and the secret it signs with; empty for an unknown delivery. */
    public Optional<Outbound> outbound(String deliveryId) {
        return deliveries
                .findById(deliveryId)
                .map(delivery -> new Outbound(
                        delivery,
                        callbacks
                                .findById(delivery.journeyId())
                                .flatMap(callback -> secrets.secretOf(callback.keyId()))
                                .orElse(null)));
    }

    /** What an attempt sends: a delivery, and the secret of the key that owns its journey. */
    public record Outbound(
            CallbackDelivery delivery, @Nullable String secret) {

        @Override
        public String toString() {
            return "Outbound[" + delivery.id() + "]";
        }
    }

    /** Notes an attempt; the same attempt noted twice keeps its first account. */
    @Transactional
    public void recordAttempt(CallbackAttempt attempt) {
        CallbackAttemptKey key = attempt.key();
        attempts.insertIfAbsent(
                key.deliveryId(),
                key.attempt(),
                attempt.at(),
                attempt.statusCode(),
                attempt.latencyMs(),
                attempt.error());
        deliveries.countAttempt(key.deliveryId(), key.attempt());
    }

    /** Ends a pending delivery; false when it had ended already. */
    @Transactional
    public boolean finish(String deliveryId, DeliveryState state) {
        return deliveries.finish(deliveryId, state.name(), clock.instant()) == 1;
    }

    public Optional<CallbackDelivery> delivery(String deliveryId) {
        return deliveries.findById(deliveryId);
    }

    /** A journey's deliveries, oldest first, each with its attempts. */
    public List<DeliveryHistory> history(String journeyId) {
        List<CallbackAttempt> all = attempts.findByJourney(journeyId);
        return deliveries.findByJourneyIdOrderByCreatedAt(journeyId).stream()
                .map(delivery -> new DeliveryHistory(
                        delivery,
                        all.stream()
                                .filter(a -> a.key().deliveryId().equals(delivery.id()))
                                .toList()))
                .toList();
    }

    /** A delivery and its attempts in order. */
    public record DeliveryHistory(CallbackDelivery delivery, List<CallbackAttempt> attempts) {

        public DeliveryHistory {
            attempts = List.copyOf(attempts);
        }
    }

    /**
     * A new delivery of an ended delivery's event: the same event id and body, to the journey's callback URL.
     *
     * @throws IllegalStateException when the delivery is still pending: its own retries are still coming
     */
    @Transactional
    public CallbackDelivery resend(CallbackDelivery original, String requestedBy) {
        if (original.deliveryState() == DeliveryState.PENDING) {
            throw new IllegalStateException("delivery " + original.id() + " is still being attempted");
        }
        String url = callbacks
                .findById(original.journeyId())
                .map(JourneyCallback::url)
                .orElse(original.url());
        return deliveries.save(new CallbackDelivery(
                newDeliveryId(),
                original.eventId(),
                original.journeyId(),
                original.eventType(),
                url,
                original.body(),
                DeliveryState.PENDING.name(),
                0,
                clock.instant(),
                null,
                original.resendOf() == null ? original.id() : original.resendOf(),
                requestedBy));
    }

    private static String newDeliveryId() {
        return "cbd_" + UUID.randomUUID().toString().replace("-", "");
    }
}
