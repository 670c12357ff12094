package io.onboarding.kyc.store.vendor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One vendor call as the audit shows it to people: what was asked, what came back and what it cost, without the
 * subject (a keyed hash of what was asked) or the sealed answer, which only the activities need.
 *
 * @param calledAt when the answer came, or when the call was given up on
 */
@Introspected
public record AuditedVendorCall(
        Long id,
        String journeyId,
        String step,
        int attempt,
        String action,
        @Nullable String requestId,
        String resultCode,
        boolean billable,
        int latencyMs,
        Instant calledAt) {}
