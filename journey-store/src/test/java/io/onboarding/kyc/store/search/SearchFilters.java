package io.onboarding.kyc.store.search;

import java.time.Instant;
import java.util.Set;

/** A journey search written as the filters it has, by name, as the tests and the benchmark ask them. */
public final class SearchFilters {

    private Set<String> statuses = Set.of();
    private String outcome;
    private String reason;
    private String country;
    private String path;
    private String customerRef;
    private String waitingOn;
    private Instant createdFrom;
    private Instant createdTo;
    private Instant waitingSinceBefore;
    private SearchSort sort = SearchSort.CREATED;

    private SearchFilters() {}

    /** No filter yet, newest created first. */
    public static SearchFilters journeys() {
        return new SearchFilters();
    }

    public SearchFilters status(String... any) {
        statuses = Set.of(any);
        return this;
    }

    public SearchFilters outcome(String value) {
        outcome = value;
        return this;
    }

    public SearchFilters reason(String value) {
        reason = value;
        return this;
    }

    public SearchFilters country(String value) {
        country = value;
        return this;
    }

    public SearchFilters path(String value) {
        path = value;
        return this;
    }

    public SearchFilters customerRef(String value) {
        customerRef = value;
        return this;
    }

    public SearchFilters waitingOn(String value) {
        waitingOn = value;
        return this;
    }

    public SearchFilters createdFrom(Instant value) {
        createdFrom = value;
        return this;
    }

    public SearchFilters createdTo(Instant value) {
        createdTo = value;
        return this;
    }

    public SearchFilters waitingSinceBefore(Instant value) {
        waitingSinceBefore = value;
        return this;
    }

    /** Longest waiting first, waiting journeys only. */
    public SearchFilters byWait() {
        sort = SearchSort.WAITING;
        return this;
    }

    public SearchFilters sort(SearchSort value) {
        sort = value;
        return this;
    }

    /** The first page of this search, at most {@code limit} journeys. */
    public JourneyQuery page(int limit) {
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
                null,
                limit);
    }
}
