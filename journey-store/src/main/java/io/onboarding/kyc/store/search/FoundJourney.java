package io.onboarding.kyc.store.search;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.store.journey.JourneyWait;
import java.time.Instant;
import java.util.List;

/**
 * A journey as a search finds it: the row's searchable columns, no timeline and nobody's identity.
 *
 * @param waiting what it waits on now; null while it works or after it ended
 */
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
        @Nullable JourneyWait waiting) {}
