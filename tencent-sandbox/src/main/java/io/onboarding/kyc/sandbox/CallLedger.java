package io.onboarding.kyc.sandbox;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every call the sandbox answered, in the order answers were decided, for tests and for the admin endpoint. A
 * queue rather than a copy-on-write list: a benchmark records hundreds of thousands of calls, and copying the
 * whole ledger on each one would make recording quadratic.
 */
public final class CallLedger {

    private final Queue<LedgerEntry> entries = new ConcurrentLinkedQueue<>();

    /** A snapshot; later calls do not change it. */
    public List<LedgerEntry> calls() {
        return List.copyOf(entries);
    }

    public void clear() {
        entries.clear();
    }

    public long count(String action) {
        return entries.stream().filter(entry -> entry.action().equals(action)).count();
    }

    void record(LedgerEntry entry) {
        entries.add(entry);
    }
}
