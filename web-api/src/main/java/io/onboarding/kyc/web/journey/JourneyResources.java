package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyWait;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.web.journey.JourneyResource.StepResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the API view of a journey from its row, its timeline and who it is about (already masked or not). */
final class JourneyResources {

    private static final String RUNNING = "RUNNING";

    private JourneyResources() {}

    /**
     * Each run of a step is its own entry, in the order the steps ran: after a retake the card is read
     * and checked again, and support must see both runs.
     */
    static JourneyResource of(
            Journey journey, @Nullable JourneyWait wait, List<TimelineEntry> timeline, IdentityResource identity) {
        List<StepResource> steps = new ArrayList<>();
        Map<String, Integer> latestRun = new HashMap<>();
        for (TimelineEntry entry : timeline) {
            if (entry.step() == null || entry.stepStatus() == null) {
                continue;
            }
            Integer run = latestRun.get(entry.step());
            if (RUNNING.equals(entry.stepStatus()) || run == null) {
                latestRun.put(entry.step(), steps.size());
                steps.add(new StepResource(
                        entry.step(),
                        entry.stepStatus(),
                        entry.at(),
                        RUNNING.equals(entry.stepStatus()) ? null : entry.at(),
                        entry.vendorRequestId(),
                        entry.detail()));
            } else {
                StepResource started = steps.get(run);
                steps.set(
                        run,
                        new StepResource(
                                entry.step(),
                                entry.stepStatus(),
                                started.startedAt(),
                                entry.at(),
                                entry.vendorRequestId(),
                                entry.detail() != null ? entry.detail() : started.detail()));
            }
        }
        return new JourneyResource(
                journey.id(),
                journey.customerRef(),
                journey.status(),
                journey.outcome(),
                journey.step(),
                reasons(journey.reasons()),
                WaitResource.of(wait),
                steps,
                journey.createdAt(),
                journey.updatedAt(),
                identity);
    }

    private static List<String> reasons(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
