package io.onboarding.kyc.worker.journey;

import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Sends a journey's events to the read model and decides what happens when it will not take one. An
 * event it refuses for good ({@link JourneyRecordActivities#REFUSED}: a value too long for its column, a
 * character it cannot store) is sent again in a storable form: the same sequence, its free text without
 * control characters and cut to what the narrowest timeline keeps, ending in "…". When even that is
 * refused, or the database stays away beyond {@link JourneyActivityOptions#RECORDING_PATIENCE},
 * {@link RecordingFailed} tells the workflow that this journey cannot keep its read model.
 *
 * <p>Recorded through local activities ({@link #local}), the patience is the workflow's own: a durable timer
 * between tries, counted on the workflow's clock. A local activity's
 * schedule-to-close counts on the worker's wall clock and restarts with every workflow task, so it cannot hold an
 * hour; and a test's skipped time would never reach it.
 */
final class TimelineRecording {

    /** {@code journey_event.detail} and {@code vendor_request_id} as V1 made them; later widths are wider. */
    static final int DETAIL_LENGTH = 256;

    static final int REQUEST_ID_LENGTH = 64;
    private static final String CUT = "…";

    /** The first wait between tries on a durable timer; it doubles up to {@link #LONGEST_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final JourneyRecordActivities activities;
    /** Whether this side keeps trying an unavailable database; activity tasks keep trying on the server. */
    private final boolean patientInWorkflow;

    private TimelineRecording(JourneyRecordActivities activities, boolean patientInWorkflow) {
        this.activities = activities;
        this.patientInWorkflow = patientInWorkflow;
    }

    /** Through activity tasks ({@link JourneyActivityOptions#recording()}), whose retry holds the patience. */
    static TimelineRecording remote(JourneyRecordActivities activities) {
        return new TimelineRecording(activities, false);
    }

    /** Through local activities ({@link JourneyActivityOptions#localRecording()}); the patience is kept here. */
    static TimelineRecording local(JourneyRecordActivities activities) {
        return new TimelineRecording(activities, true);
    }

    /** Records the event, or its storable form; a cancellation of the journey's work passes through. */
    void record(JourneyEvent event) {
        try {
            send(event);
        } catch (ActivityFailure failure) {
            JourneyEvent storable = storable(event);
            if (!refused(failure) || storable.equals(event)) {
                throw failed(failure);
            }
            try {
                send(storable);
            } catch (ActivityFailure again) {
                throw failed(again);
            }
        }
    }

    /** One event to the read model, tried again while the database is away and the patience lasts. */
    private void send(JourneyEvent event) {
        if (!patientInWorkflow) {
            activities.record(event);
            return;
        }
        long giveUpAt = Workflow.currentTimeMillis() + JourneyActivityOptions.RECORDING_PATIENCE.toMillis();
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                activities.record(event);
                return;
            } catch (ActivityFailure failure) {
                if (refused(failure)
                        || failure.getCause() instanceof CanceledFailure
                        || Workflow.currentTimeMillis() + wait.toMillis() > giveUpAt) {
                    throw failure;
                }
                Workflow.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    /** For a journey that has failed already: records what the read model still takes, gives up at the first refusal. */
    boolean tryRecord(JourneyEvent event) {
        try {
            record(event);
            return true;
        } catch (RecordingFailed failed) {
            return false;
        }
    }

    static JourneyEvent storable(JourneyEvent event) {
        return new JourneyEvent(
                event.journeyId(),
                event.sequence(),
                event.at(),
                event.status(),
                event.outcome(),
                event.step(),
                event.stepStatus(),
                fit(event.vendorRequestId(), REQUEST_ID_LENGTH),
                fit(event.detail(), DETAIL_LENGTH),
                event.reasons().stream().map(r -> fit(r, DETAIL_LENGTH)).toList(),
                event.waiting());
    }

    /** Printable characters only, at most {@code max} of them (code points, as PostgreSQL counts). */
    private static String fit(String text, int max) {
        if (text == null) {
            return null;
        }
        int[] kept = text.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .toArray();
        return kept.length <= max ? new String(kept, 0, kept.length) : new String(kept, 0, max - 1) + CUT;
    }

    private static boolean refused(ActivityFailure failure) {
        return failure.getCause() instanceof ApplicationFailure cause
                && JourneyRecordActivities.REFUSED.equals(cause.getType());
    }

    /** A cancellation of the journey's work passes as it came: the workflow handles a cancel itself. */
    private static RuntimeException failed(ActivityFailure failure) {
        return failure.getCause() instanceof CanceledFailure ? failure : new RecordingFailed(failure);
    }

    /**
     * The read model will not take this journey's timeline. Not a Temporal failure: the workflow catches it
     * (an uncaught one would fail the workflow task over and over, the stuck journey this exists to avoid).
     */
    static final class RecordingFailed extends RuntimeException {
        RecordingFailed(ActivityFailure failure) {
            super(failure.getMessage(), failure, false, false);
        }
    }
}
