package io.onboarding.kyc.devstack.drill;

import java.time.Instant;

/**
 * One call the sandbox answered, as its ledger ({@code GET /_sandbox/calls}) records it; the ledger holds no names
 * or ID numbers, and neither does this.
 *
 * @param resultCode the error code, the action's {@code Result}, {@code Success}, or a transport fault
 *                   ({@code HTTP 503}, {@code RESET}, {@code HANG})
 */
public record LedgerCall(Instant time, String action, String resultCode, boolean billable, long latencyMs) {}
