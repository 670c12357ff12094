package io.onboarding.kyc.contract.callback;

import java.time.Duration;
import java.util.Objects;

/**
 * What a delivery workflow is started with: the delivery's id (its URL, body and secret stay in PostgreSQL)
 * and the retry schedule as configured when it was dispatched, so a change of settings never alters a
 * delivery in flight.
 *
 * @param firstRetry  the wait after the first failed attempt; each later wait doubles
 * @param longestWait the longest wait between two attempts
 * @param giveUpAfter how long after the first attempt no attempt starts any more
 */
public record CallbackDeliveryRequest(
        String deliveryId, Duration firstRetry, Duration longestWait, Duration giveUpAfter) {

    public CallbackDeliveryRequest {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(longestWait, "longestWait");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    }
}
