package io.onboarding.kyc.store.search;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** A journey as a search finds it: the row's searchable columns, no timeline and nobody's identity. */
public record FoundJourney(
        String id,
        String customerRef,
        String status,
        @Nullable String outcome,
        @Nullable String step,
        List<String> reasons,
        String country,
        @Nullable String path,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant waitingSince) {}
