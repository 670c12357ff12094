package io.onboarding.kyc.sandbox.fault;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/** A fault in force: its spec, an id to delete it by, and how often it has fired. */
public final class ActiveFault {

    private static final int UNLIMITED = -1;

    private final String id;
    private final FaultSpec spec;
    private final AtomicInteger remaining;
    private final AtomicLong fired = new AtomicLong();

    ActiveFault(String id, FaultSpec spec) {
        this.id = id;
        this.spec = spec;
        this.remaining = new AtomicInteger(spec.count() == null ? UNLIMITED : spec.count());
    }

    public String id() {
        return id;
    }

    public FaultSpec spec() {
        return spec;
    }

    /** Calls it will still apply to, or null for no limit. */
    public Integer remaining() {
        int left = remaining.get();
        return left == UNLIMITED ? null : left;
    }

    public long fired() {
        return fired.get();
    }

    /** Draws against the rate and, if it fires, spends one of the count; safe under concurrent calls. */
    boolean tryFire(DoubleSupplier random) {
        if (remaining.get() == 0) {
            return false;
        }
        double rate = spec.effectiveRate();
        if (rate < 1.0 && random.getAsDouble() >= rate) {
            return false;
        }
        while (true) {
            int left = remaining.get();
            if (left == 0) {
                return false;
            }
            if (left == UNLIMITED || remaining.compareAndSet(left, left - 1)) {
                fired.incrementAndGet();
                return true;
            }
        }
    }
}
