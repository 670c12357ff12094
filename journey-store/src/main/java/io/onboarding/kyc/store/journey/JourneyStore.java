package io.onboarding.kyc.store.journey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Journeys and their timelines in PostgreSQL. */
@Singleton
public class JourneyStore {

    private final JourneyRepository journeys;
    private final TimelineRepository timeline;

    public JourneyStore(JourneyRepository journeys, TimelineRepository timeline) {
        this.journeys = journeys;
        this.timeline = timeline;
    }

    @Transactional
    public Journey create(Journey journey) {
        return journeys.save(journey);
    }

    /**
     * Appends an entry to the journey's timeline and moves the journey row to it. Recording the same
     * sequence again changes nothing, so the recording activity can be retried freely.
     *
     * @return whether the entry was new
     */
    @Transactional
    public boolean record(TimelineEntry entry) {
        TimelineKey key = entry.key();
        int inserted = timeline.insertIfAbsent(key.journeyId(), key.sequence(), entry.at(), entry.status(),
                entry.outcome(), entry.step(), entry.stepStatus(), entry.vendorRequestId(), entry.detail(),
                entry.reasons());
        if (inserted == 0) {
            return false;
        }
        journeys.advance(key.journeyId(), key.sequence(), entry.status(), entry.outcome(), entry.step(),
                entry.reasons(), entry.at());
        return true;
    }

    @Transactional
    public void markFailedToStart(String journeyId, Instant at) {
        journeys.markFailed(journeyId, "WORKFLOW_NOT_STARTED", at);
    }

    public Optional<Journey> find(String journeyId) {
        return journeys.findById(journeyId);
    }

    public List<TimelineEntry> timeline(String journeyId) {
        return timeline.findByKeyJourneyIdOrderByKeySequence(journeyId);
    }
}
