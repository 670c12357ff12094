package io.onboarding.kyc.activities.record;

import io.onboarding.kyc.contract.callback.CallbackDispatcher;
import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.contract.journey.Waiting;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.JourneyWait;
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
    private final CallbackStore callbacks;
    private final CallbackDispatcher dispatcher;

    public JourneyRecordActivitiesImpl(JourneyStore journeys, CallbackStore callbacks, CallbackDispatcher dispatcher) {
        this.journeys = journeys;
        this.callbacks = callbacks;
        this.dispatcher = dispatcher;
    }

    /**
     * Fails with {@link #REFUSED} (not retried) or {@link #UNAVAILABLE} (retried): see {@link RecordingFailures}.
     * The callback deliveries the event caused are written with it and started after it commits; a retry starts
     * those still pending again, which Temporal turns into nothing for the ones already running.
     */
    @Override
    public void record(JourneyEvent event) {
        try {
            TimelineEntry entry = new TimelineEntry(
                    new TimelineKey(event.journeyId(), event.sequence()),
                    event.at(),
                    event.status().name(),
                    nameOf(event.outcome()),
                    nameOf(event.step()),
                    nameOf(event.stepStatus()),
                    event.vendorRequestId(),
                    event.detail(),
                    String.join(",", event.reasons()));
            if (event.waiting() == null) {
                journeys.record(entry); // an event from a worker before waits were recorded: its status implies one
            } else {
                journeys.record(entry, wait(event.waiting(), event));
            }
            dispatcher.dispatch(callbacks.pendingDeliveries(event.journeyId(), event.sequence()));
        } catch (RuntimeException error) {
            ApplicationFailure failure = RecordingFailures.classify(event, error);
            // the full error stays in this process's log; Temporal gets the SQLState only
            LOG.warn("{}", failure.getOriginalMessage(), error);
            throw failure;
        }
    }

    /** The workflow's wait, for the read model; the wait's first reason says what exactly. */
    private static JourneyWait wait(Waiting waiting, JourneyEvent event) {
        return new JourneyWait(
                waiting.reason().name(),
                waiting.since(),
                waiting.deadline(),
                event.reasons().isEmpty() ? null : event.reasons().get(0));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
