package io.onboarding.kyc.store.search;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Set;

/**
 * What a search asks for, already checked by the caller; every filter given must hold (AND), a null filter is not
 * applied.
 *
 * @param statuses           any of these statuses; empty: any status
 * @param reason             one machine-readable reason among the journey's reasons
 * @param waitingOn          journeys waiting on this now ({@code journey.waiting_on}: {@code RETAKE}, {@code REVIEW},
 *                           {@code DAILY_LIMIT}, {@code CARD_VERIFICATION}, {@code VENDOR_RETRY})
 * @param createdFrom        created at or after (inclusive)
 * @param createdTo          created before (exclusive)
 * @param waitingSinceBefore waiting since this instant or earlier: "waiting longer than" from a given now
 * @param after              the previous page's end; null for the first page
 * @param limit              the most journeys a page holds
 */
public record JourneyQuery(
        Set<String> statuses,
        @Nullable String outcome,
        @Nullable String reason,
        @Nullable String country,
        @Nullable String path,
        @Nullable String customerRef,
        @Nullable String waitingOn,
        @Nullable Instant createdFrom,
        @Nullable Instant createdTo,
        @Nullable Instant waitingSinceBefore,
        SearchSort sort,
        @Nullable SearchPosition after,
        int limit) {

    public JourneyQuery {
        statuses = Set.copyOf(statuses);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** Every journey, in this order. */
    public static JourneyQuery all(SearchSort sort, int limit) {
        return new JourneyQuery(Set.of(), null, null, null, null, null, null, null, null, null, sort, null, limit);
    }

    /** The same search from after this position: the next page. */
    public JourneyQuery after(SearchPosition position) {
        return new JourneyQuery(
                statuses,
                outcome,
                reason,
                country,
                path,
                customerRef,
                waitingOn,
                createdFrom,
                createdTo,
                waitingSinceBefore,
                sort,
                position,
                limit);
    }
}
