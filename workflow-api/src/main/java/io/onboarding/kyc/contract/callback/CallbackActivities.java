package io.onboarding.kyc.contract.callback;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** One HTTP attempt at a callback, and the end of a delivery that never got through. */
@ActivityInterface
public interface CallbackActivities {

    /** The failure type (non-retryable) of a receiver that answered 4xx other than 408 and 429. */
    String REFUSED = "CallbackRefused";

    /** The failure type (retryable) of an attempt that did not get a 2xx: a 5xx, 408, 429, timeout, no connection. */
    String NOT_DELIVERED = "CallbackNotDelivered";

    /**
     * POSTs the delivery's event, signed, and records the attempt. Returns on a 2xx, or at once when the delivery
     * has ended already (a retry after a crash); fails with {@link #REFUSED} or {@link #NOT_DELIVERED}.
     */
    @ActivityMethod
    void attempt(String deliveryId);

    /** Marks a delivery whose schedule ran out without a 2xx as given up. */
    @ActivityMethod
    void giveUp(String deliveryId);
}
