package io.onboarding.kyc.web.timeline;

import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.callback.CallbackAttempt;
import io.onboarding.kyc.store.callback.CallbackDelivery;
import io.onboarding.kyc.store.callback.CallbackStore.DeliveryHistory;
import io.onboarding.kyc.store.document.DocumentReceipt;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.vendor.AuditedVendorCall;
import io.onboarding.kyc.web.timeline.TimelineEvent.CallbackAttemptEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.CallbackDeliveryEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.DocumentEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.JourneyMoveEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.StepEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.SupportActionEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.VendorCallEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a journey's records into one timeline: a pure function of the rows, so the order rules are tested without
 * a database. Each source keeps its own order (the recorded timeline its sequence order, always); sources are
 * interleaved by time, and at the same instant the earlier source in {@link #assemble}'s parameters comes first.
 */
public final class Timeline {

    private static final String RUNNING = "RUNNING";
    private static final String FRONT = "FRONT";

    private Timeline() {}

    public static TimelineResource assemble(
            String journeyId,
            List<TimelineEntry> recorded,
            List<DocumentReceipt> documents,
            List<AuditedVendorCall> vendorCalls,
            List<DeliveryHistory> callbacks,
            List<SupportAction> supportActions) {
        List<List<TimelineEvent>> sources = List.of(
                // not sorted by time: the sequence is the journey's own order, whatever its clocks said
                recordedEvents(recorded),
                byTime(documentEvents(documents)),
                byTime(vendorCalls.stream().map(Timeline::vendorCall).toList()),
                byTime(callbackEvents(callbacks)),
                byTime(supportActions.stream().map(Timeline::supportAction).toList()));
        return new TimelineResource(journeyId, merge(sources));
    }

    /**
     * Each recorded row gives a step event when a step started or ended, and a journey event when the status or
     * outcome moved, or when the row is a note of the journey's own (no step status): the step first, since the
     * step's result is what moved the journey.
     */
    private static List<TimelineEvent> recordedEvents(List<TimelineEntry> recorded) {
        List<TimelineEvent> events = new ArrayList<>();
        Map<String, String> latestStatus = new HashMap<>();
        Map<String, Integer> runs = new HashMap<>();
        // a journey is created RUNNING, before its first recorded row
        String status = RUNNING;
        String outcome = null;
        for (TimelineEntry entry : recorded) {
            boolean stepMoved = entry.step() != null && entry.stepStatus() != null;
            if (stepMoved) {
                // a RUNNING step recorded RUNNING again (ESCALATED) is the same run, noted
                String before = latestStatus.put(entry.step(), entry.stepStatus());
                if (RUNNING.equals(entry.stepStatus()) && !RUNNING.equals(before)) {
                    runs.merge(entry.step(), 1, Integer::sum);
                }
                events.add(new StepEvent(
                        entry.at(),
                        entry.key().sequence(),
                        entry.step(),
                        entry.stepStatus(),
                        Math.max(1, runs.getOrDefault(entry.step(), 0)),
                        entry.vendorRequestId(),
                        entry.detail()));
            }
            boolean journeyMoved = !entry.status().equals(status) || !Objects.equals(entry.outcome(), outcome);
            if (journeyMoved || !stepMoved) {
                events.add(new JourneyMoveEvent(
                        entry.at(),
                        entry.key().sequence(),
                        entry.status(),
                        entry.outcome(),
                        entry.step(),
                        reasons(entry.reasons()),
                        stepMoved ? null : entry.detail()));
            }
            status = entry.status();
            outcome = entry.outcome();
        }
        return events;
    }

    /**
     * Every front side starts an upload (a start or a retake sends one); a back side belongs to the front it came
     * with, which is stored just before it.
     */
    private static List<TimelineEvent> documentEvents(List<DocumentReceipt> documents) {
        List<DocumentReceipt> inOrder = new ArrayList<>(documents);
        inOrder.sort(Comparator.comparing(DocumentReceipt::createdAt)
                .thenComparing(document -> !FRONT.equals(document.side())));
        List<TimelineEvent> events = new ArrayList<>();
        int upload = 0;
        for (DocumentReceipt document : inOrder) {
            if (FRONT.equals(document.side()) || upload == 0) {
                upload++;
            }
            events.add(new DocumentEvent(document.createdAt(), document.side(), upload));
        }
        return events;
    }

    private static TimelineEvent vendorCall(AuditedVendorCall call) {
        return new VendorCallEvent(
                call.calledAt(),
                call.step(),
                call.action(),
                call.requestId(),
                call.resultCode(),
                call.billable(),
                call.latencyMs(),
                call.attempt());
    }

    private static List<TimelineEvent> callbackEvents(List<DeliveryHistory> callbacks) {
        List<TimelineEvent> events = new ArrayList<>();
        for (DeliveryHistory history : callbacks) {
            CallbackDelivery delivery = history.delivery();
            events.add(new CallbackDeliveryEvent(
                    delivery.createdAt(),
                    delivery.id(),
                    delivery.eventId(),
                    delivery.eventType(),
                    delivery.state(),
                    delivery.resendOf(),
                    delivery.requestedBy()));
            List<CallbackAttempt> attempts = new ArrayList<>(history.attempts());
            attempts.sort(Comparator.comparingInt(attempt -> attempt.key().attempt()));
            for (CallbackAttempt attempt : attempts) {
                events.add(new CallbackAttemptEvent(
                        attempt.at(),
                        delivery.id(),
                        delivery.eventType(),
                        attempt.key().attempt(),
                        attempt.statusCode(),
                        attempt.latencyMs(),
                        attempt.error()));
            }
        }
        return events;
    }

    private static TimelineEvent supportAction(SupportAction action) {
        return new SupportActionEvent(action.at(), action.action(), action.actor(), action.detail());
    }

    /** A stable sort: rows recorded at the same instant keep the order they were read in. */
    private static List<TimelineEvent> byTime(List<TimelineEvent> events) {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TimelineEvent::at));
        return sorted;
    }

    /** Takes the earliest head of the sources each time; on a tie, the head of the earlier source. */
    private static List<TimelineEvent> merge(List<List<TimelineEvent>> sources) {
        int[] next = new int[sources.size()];
        int total = sources.stream().mapToInt(List::size).sum();
        List<TimelineEvent> merged = new ArrayList<>(total);
        while (merged.size() < total) {
            int earliest = -1;
            for (int source = 0; source < sources.size(); source++) {
                if (next[source] < sources.get(source).size()
                        && (earliest < 0
                                || sources.get(source)
                                        .get(next[source])
                                        .at()
                                        .isBefore(sources.get(earliest)
                                                .get(next[earliest])
                                                .at()))) {
                    earliest = source;
                }
            }
            merged.add(sources.get(earliest).get(next[earliest]++));
        }
        return merged;
    }

    private static List<String> reasons(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
