package io.onboarding.kyc.store.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.onboarding.kyc.store.callback.CallbackStore;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Journeys and their timelines in PostgreSQL. */
@Singleton
public class JourneyStore {

    private static final String RUNNING = "RUNNING";
    /** The statuses of a journey that has not ended, whose workflow should be running. */
    public static final Set<String> UNFINISHED = Set.of(RUNNING, "WAITING_RETAKE", "WAITING_REVIEW");
    /** How a step that was running when its journey ended without it shows in the timeline. */
    private static final String CLOSED_STEP = "SKIPPED";

    private final JourneyRepository journeys;
    private final TimelineRepository timeline;
    private final CallbackStore callbacks;

    public JourneyStore(JourneyRepository journeys, TimelineRepository timeline, CallbackStore callbacks) {
        this.journeys = journeys;
        this.timeline = timeline;
        this.callbacks = callbacks;
    }

    @Transactional
    public Journey create(Journey journey) {
        return journeys.save(journey);
    }

    /**
     * Appends an entry to the journey's timeline and moves the journey row to it. Recording the same
     * sequence again changes nothing, so the recording activity can be retried freely. A move the product
     * is called back about writes its callback delivery in the same transaction.
     *
     * @return whether the entry was new
     */
    public boolean record(TimelineEntry entry) {
        return record(entry, JourneyWait.impliedBy(entry.status(), entry.reasons()));
    }

    /**
     * {@link #record(TimelineEntry)}, moving the journey into this wait as well ({@code null}: it waits on nothing).
     */
    @Transactional
    public boolean record(TimelineEntry entry, @Nullable JourneyWait wait) {
        TimelineKey key = entry.key();
        String before = journeys.findById(key.journeyId()).map(Journey::status).orElse(null);
        int inserted = timeline.insertIfAbsent(
                key.journeyId(),
                key.sequence(),
                entry.at(),
                entry.status(),
                entry.outcome(),
                entry.step(),
                entry.stepStatus(),
                entry.vendorRequestId(),
                entry.detail(),
                entry.reasons());
        if (inserted == 0) {
            return false;
        }
        int advanced = journeys.advance(
                key.journeyId(),
                key.sequence(),
                entry.status(),
                entry.outcome(),
                entry.step(),
                entry.reasons(),
                entry.at(),
                wait == null ? null : wait.on(),
                wait == null ? null : wait.until(),
                wait == null ? null : fit(wait.detail()));
        if (advanced == 1 && before != null) {
            callbacks.journeyMoved(
                    key.journeyId(),
                    key.sequence(),
                    before,
                    entry.status(),
                    entry.outcome(),
                    entry.reasons().isEmpty()
                            ? List.of()
                            : List.of(entry.reasons().split(",")),
                    entry.at());
        }
        return true;
    }

    /**
     * Notes which checks the journey runs ({@code MAINLAND} or {@code FOREIGN}), for support to search on. Set at
     * the start when the country says it, else by the activity that finds out; repeating it changes nothing.
     */
    @Transactional
    public void onPath(String journeyId, String path) {
        journeys.setPath(journeyId, path);
    }

    /**
     * A vendor call failed in a way its activity retries (an outage, throttling): the journey shows it waits on the
     * vendor, with the action and error code as {@code detail}, until {@code until} (when the retries give up).
     */
    @Transactional
    public void vendorRetrying(String journeyId, String detail, @Nullable Instant until, Instant at) {
        journeys.vendorRetrying(journeyId, fit(detail), until, at);
    }

    /** A vendor call answered: the journey no longer waits on the vendor's retries. */
    @Transactional
    public void vendorAnswered(String journeyId) {
        journeys.vendorAnswered(journeyId);
    }

    /** What the journey waits on now; empty while it works or after it ended. */
    public Optional<JourneyWait> waiting(String journeyId) {
        return journeys.findWait(journeyId);
    }

    private static @Nullable String fit(@Nullable String detail) {
        return detail == null || detail.length() <= JourneyWait.DETAIL_LENGTH
                ? detail
                : detail.substring(0, JourneyWait.DETAIL_LENGTH);
    }

    @Transactional
    public void markFailedToStart(String journeyId, Instant at) {
        journeys.markFailed(journeyId, "WORKFLOW_NOT_STARTED", at);
    }

    /** Unfinished journeys that have not moved since {@code cutoff}: the reconciliation's candidates. */
    public List<Journey> unfinishedSince(Instant cutoff, int limit) {
        return journeys.findUnfinishedSince(cutoff, limit);
    }

    /**
     * Ends a journey that has no workflow behind it any more: closes every step the timeline still
     * shows running, then records the end. Only for journeys nobody else records for, so the sequences
     * after the row's last one are free; a second reconciler doing the same finds them taken and changes
     * nothing.
     *
     * @return whether this call ended it (false when the journey was already ended or moved meanwhile)
     */
    @Transactional
    public boolean endWithoutWorkflow(
            Journey journey, String status, @Nullable String outcome, String reason, Instant at) {
        Optional<Journey> current = find(journey.id());
        if (current.isEmpty()
                || !UNFINISHED.contains(current.get().status())
                || current.get().lastSequence() != journey.lastSequence()) {
            return false;
        }
        int sequence = journey.lastSequence();
        for (String step : openSteps(journey.id())) {
            if (!record(new TimelineEntry(
                    new TimelineKey(journey.id(), ++sequence),
                    at,
                    journey.status(),
                    null,
                    step,
                    CLOSED_STEP,
                    null,
                    reason,
                    journey.reasons()))) {
                return false;
            }
        }
        return record(new TimelineEntry(
                new TimelineKey(journey.id(), ++sequence), at, status, outcome, null, null, null, reason, reason));
    }

    /** Steps whose latest run is still RUNNING, in the order they started. */
    private List<String> openSteps(String journeyId) {
        Map<String, String> latest = new LinkedHashMap<>();
        for (TimelineEntry entry : timeline(journeyId)) {
            if (entry.step() != null && entry.stepStatus() != null) {
                latest.remove(entry.step());
                latest.put(entry.step(), entry.stepStatus());
            }
        }
        return latest.entrySet().stream()
                .filter(e -> RUNNING.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    public Optional<Journey> find(String journeyId) {
        return journeys.findById(journeyId);
    }

    public List<TimelineEntry> timeline(String journeyId) {
        return timeline.findByKeyJourneyIdOrderByKeySequence(journeyId);
    }
}
