package io.onboarding.kyc.store.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One recorded state change of a journey; never holds PII, only codes and vendor request ids. */
@MappedEntity("journey_event")
public record TimelineEntry(
        @EmbeddedId TimelineKey key,
        Instant at,
        String status,
        @Nullable String outcome,
        @Nullable String step,
        @Nullable String stepStatus,
        @Nullable String vendorRequestId,
        @Nullable String detail,
        String reasons) {}
