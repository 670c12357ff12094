package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.web.journey.JourneyResource.StepResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the API view of a journey from its row and its timeline. */
final class JourneyResources {

    private JourneyResources() {
    }

    static JourneyResource of(Journey journey, List<TimelineEntry> timeline) {
        Map<String, StepResource> steps = new LinkedHashMap<>();
        for (TimelineEntry entry : timeline) {
            if (entry.step() == null || entry.stepStatus() == null) {
                continue;
            }
            StepResource seen = steps.get(entry.step());
            if (seen == null || "RUNNING".equals(entry.stepStatus())) {
                steps.put(entry.step(), new StepResource(entry.step(), entry.stepStatus(), entry.at(),
                        "RUNNING".equals(entry.stepStatus()) ? null : entry.at(), entry.vendorRequestId(), entry.detail()));
            } else {
                steps.put(entry.step(), new StepResource(entry.step(), entry.stepStatus(), seen.startedAt(), entry.at(),
                        entry.vendorRequestId(), entry.detail()));
            }
        }
        return new JourneyResource(journey.id(), journey.customerRef(), journey.status(), journey.outcome(),
                journey.step(), reasons(journey.reasons()), new ArrayList<>(steps.values()), journey.createdAt(),
                journey.updatedAt());
    }

    private static List<String> reasons(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
