package io.onboarding.kyc.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every call the sandbox answered, in arrival order, for tests and for the admin endpoint. */
public final class CallLedger {

    private final List<LedgerEntry> entries = new CopyOnWriteArrayList<>();

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
