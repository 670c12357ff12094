package io.onboarding.kyc.activities.tencent;

import io.onboarding.kyc.store.pacing.CallSlots;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spaces the Tencent calls of every worker so that no action gets more than its quota in any one second: each call
 * takes the next slot of its action from the database ({@link CallSlots}) and sleeps until then. The Temporal
 * server's task-queue limit only bounds dispatch, in bursts per partition; this is the fine guard (ADR 0025).
 *
 * <p>When the database does not answer, calls go out unpaced (fail open), held only by each worker's own limit:
 * a journey is better served by a call Tencent may throttle, and retried, than by none. That is said once in a WARN
 * when it starts and once in an INFO when pacing works again, not per call.
 */
@Singleton
public class TencentPacer {

    private static final Logger LOG = LoggerFactory.getLogger(TencentPacer.class);
    static final int MAX_SLOTS_PER_CALL = 3;

    private final CallSlots slots;
    private final PaceSettings settings;
    private final Sleeper sleeper;
    private final NanoClock clock;
    private final AtomicBoolean failingOpen = new AtomicBoolean();

    @Inject
    TencentPacer(CallSlots slots, PaceSettings settings) {
        this(slots, settings, Sleeper.THREAD, System::nanoTime);
    }

    TencentPacer(CallSlots slots, PaceSettings settings, Sleeper sleeper, NanoClock clock) {
        this.slots = slots;
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * Returns when the action's next call may go out.
     *
     * @throws PaceExceededException when that would be more than the horizon away; nothing was reserved
     */
    public void awaitSlot(TencentAction<?, ?> action) {
        if (!settings.enabled()) {
            return;
        }
        Duration tolerance = settings.lateness();
        long deadline = clock.nanoTime() + settings.horizon().toNanos();
        for (int taken = 1; ; taken++) {
            // a new slot after a late wake-up must still lie within the horizon of the first ask
            Duration horizon = Duration.ofNanos(Math.max(0, deadline - clock.nanoTime()));
            CallSlots.Slot slot = reserve(action, horizon)
                    .orElseThrow(() -> new PaceExceededException(action.name(), settings.horizon()));
            long due = clock.nanoTime() + slot.delay().toNanos();
            if (!slot.delay().isNegative() && !slot.delay().isZero()) {
                sleeper.sleep(slot.delay());
            }
            // The database measured the wait at some moment during the statement: sleeping from its answer never
            // goes early, and counting the statement's round trip as lateness never understates it
            long late = clock.nanoTime() - due + slot.roundTrip().toNanos();
            // A call that goes out well after its slot crowds the calls after it into less than a second; its own
            // slot, left empty, harms nobody. So it takes a new one, a few times at most: a worker that always
            // wakes late is overloaded, and Tencent's throttling is the last guard then.
            if (late <= tolerance.toNanos() || tolerance.isZero() || taken == MAX_SLOTS_PER_CALL) {
                return;
            }
            LOG.debug("tencent action={} woke {} ms after its slot; takes another", action.name(), late / 1_000_000);
        }
    }

    /** The next slot (at once when calls go unpaced), empty when there is none within the horizon. */
    private Optional<CallSlots.Slot> reserve(TencentAction<?, ?> action, Duration horizon) {
        Optional<CallSlots.Slot> wait;
        try {
            wait = slots.reserve(action.name(), settings.spacing(action), horizon);
        } catch (RuntimeException e) {
            if (failingOpen.compareAndSet(false, true)) {
                LOG.warn(
                        "Tencent calls go out unpaced, held only by each worker's own limit: the pace could not be"
                                + " read from the database ({})",
                        e.toString());
            }
            return Optional.of(new CallSlots.Slot(Duration.ZERO, Duration.ZERO));
        }
        if (failingOpen.compareAndSet(true, false)) {
            LOG.info("Tencent calls are paced again");
        }
        return wait;
    }

    /** Waits; a seam for tests. */
    @FunctionalInterface
    interface Sleeper {
        Sleeper THREAD = duration -> {
            try {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TencentTransportException("interrupted while waiting for a slot", e);
            }
        };

        void sleep(Duration duration);
    }

    /** The monotonic clock the waits are measured with; a seam for tests. */
    @FunctionalInterface
    interface NanoClock {
        long nanoTime();
    }
}
