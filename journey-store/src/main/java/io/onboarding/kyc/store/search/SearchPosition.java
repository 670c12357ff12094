package io.onboarding.kyc.store.search;

import java.time.Instant;

/**
 * Where a page ended: the last journey's sort key and id. The next page starts strictly after it, so rows inserted
 * meanwhile neither shift nor repeat what follows (keyset paging, never an offset).
 *
 * @param at the sort key: {@code created_at}, or {@code waiting_since} when sorting by waiting time
 */
public record SearchPosition(Instant at, String id) {}
