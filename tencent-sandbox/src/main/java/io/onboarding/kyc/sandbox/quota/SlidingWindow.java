package io.onboarding.kyc.sandbox.quota;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Admits at most {@code limit} events in any one-second interval: it remembers when each admitted event happened
 * and forgets them a second later. Unlike a fixed window it never lets twice the limit through across a second
 * boundary, so a burst test sees exactly {@code limit} successes whenever it starts.
 */
final class SlidingWindow {

    private static final long ONE_SECOND_NANOS = 1_000_000_000L;

    private final Deque<Long> admitted = new ArrayDeque<>();

    /** Refused events are not remembered: a client hammering a full window does not extend its own ban. */
    synchronized boolean tryAdmit(long nowNanos, int limit) {
        while (!admitted.isEmpty() && nowNanos - admitted.peekFirst() >= ONE_SECOND_NANOS) {
            admitted.removeFirst();
        }
        if (admitted.size() >= limit) {
            return false;
        }
        admitted.addLast(nowNanos);
        return true;
    }
}
