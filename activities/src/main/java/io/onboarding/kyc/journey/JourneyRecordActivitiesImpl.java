package io.onboarding.kyc.journey;

import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import jakarta.inject.Singleton;

@Singleton
public class JourneyRecordActivitiesImpl implements JourneyRecordActivities {

    private final JourneyStore journeys;

    public JourneyRecordActivitiesImpl(JourneyStore journeys) {
        this.journeys = journeys;
    }

    @Override
    public void record(JourneyEvent event) {
        journeys.record(new TimelineEntry(
                new TimelineKey(event.journeyId(), event.sequence()),
                event.at(),
                event.status().name(),
                nameOf(event.outcome()),
                nameOf(event.step()),
                nameOf(event.stepStatus()),
                event.vendorRequestId(),
                event.detail(),
                String.join(",", event.reasons())));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
