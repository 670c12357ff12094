package io.onboarding.kyc.store.search;

/** The orders a journey search answers in; each has its index (V7__journey_search.sql). */
public enum SearchSort {
    /** Newest created first. */
    CREATED,
    /** Longest waiting for a person first; only journeys that wait. */
    WAITING
}
