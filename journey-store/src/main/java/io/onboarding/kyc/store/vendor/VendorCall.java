package io.onboarding.kyc.store.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One call to Tencent.
 *
 * @param subject      a document id, or a keyed hash of what was asked; never a name or ID number
 * @param resultCode   {@code Success}, a {@code Result} value, an error code, or {@code TRANSPORT}
 * @param sealedAnswer the sealed answer when the call was billable, so it is never bought twice
 */
@MappedEntity("vendor_call")
// A row: Micronaut Data maps the bytea column to byte[]; rows are never compared or hashed.
@SuppressWarnings("ArrayRecordComponent")
public record VendorCall(
        @Id @GeneratedValue @Nullable Long id,
        String journeyId,
        String step,
        String subject,
        int attempt,
        String action,
        @Nullable String requestId,
        String resultCode,
        boolean billable,
        int latencyMs,
        Instant calledAt,
        @Nullable byte[] sealedAnswer,
        @Nullable String keyId) {}
