package io.onboarding.kyc.sandbox.gateway;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's life as seen by calls that wait (latency, hangs): every wait ends early when the sandbox closes,
 * so closing never waits for a delayed or hanging call.
 */
public final class Lifetime {

    private final CountDownLatch closing = new CountDownLatch(1);

    /**
     * Waits {@code millis}, or less when the sandbox closes.
     *
     * @return false when the sandbox closed (or the thread was interrupted) before the time was up
     */
    public boolean pause(long millis) {
        if (millis <= 0) {
            return !isClosing();
        }
        try {
            return !closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean isClosing() {
        return closing.getCount() == 0;
    }

    public void close() {
        closing.countDown();
    }
}
