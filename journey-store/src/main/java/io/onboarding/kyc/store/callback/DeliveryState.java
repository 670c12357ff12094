package io.onboarding.kyc.store.callback;

/** Where a delivery is. Only {@link #PENDING} changes; the others are ends. */
public enum DeliveryState {
    /** Being attempted, or waiting for its next attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** The receiver answered 4xx (not 408 or 429): it does not want this event, and retrying will not change that. */
    REFUSED,
    /** No attempt succeeded within the retry schedule. */
    GAVE_UP
}
