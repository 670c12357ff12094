package io.onboarding.kyc.sandbox;

import java.time.Instant;

/**
 * One call the sandbox answered, as a vendor's usage report would list it.
 *
 * @param action     the {@code X-TC-Action} header, empty when the request had none
 * @param resultCode the error code, or the action's {@code Result}, or {@code Success}
 * @param billable   whether the real service would charge for this answer
 * @param identity   an opaque tag grouping calls about one person or one image; never the ID number or name,
 *                   null when the call never got as far as naming anyone
 */
public record LedgerEntry(
        Instant time,
        String action,
        String requestId,
        String resultCode,
        boolean billable,
        long latencyMs,
        String identity) {}
