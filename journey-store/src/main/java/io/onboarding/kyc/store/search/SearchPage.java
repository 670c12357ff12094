package io.onboarding.kyc.store.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** One page of a search, and where the next starts (null: this was the last). */
public record SearchPage(
        List<FoundJourney> journeys, @Nullable SearchPosition next) {}
