package io.onboarding.kyc.activities.record;

import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class JourneyRecordActivitiesImpl implements JourneyRecordActivities {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyRecordActivitiesImpl.class);

    private final JourneyStore journeys;

    public JourneyRecordActivitiesImpl(JourneyStore journeys) {
        this.journeys = journeys;
    }

    /** Fails with {@link #REFUSED} (not retried) or {@link #UNAVAILABLE} (retried): see {@link RecordingFailures}. */
    @Override
    public void record(JourneyEvent event) {
        try {
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
        } catch (RuntimeException error) {
            ApplicationFailure failure = RecordingFailures.classify(event, error);
            // the full error stays in this process's log; Temporal gets the SQLState only
            LOG.warn("{}", failure.getOriginalMessage(), error);
            throw failure;
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
