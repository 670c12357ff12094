package io.onboarding.kyc.web.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.callback.CallbackAttempt;
import io.onboarding.kyc.store.callback.CallbackAttemptKey;
import io.onboarding.kyc.store.callback.CallbackDelivery;
import io.onboarding.kyc.store.callback.CallbackStore.DeliveryHistory;
import io.onboarding.kyc.store.document.DocumentReceipt;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.store.vendor.AuditedVendorCall;
import io.onboarding.kyc.web.timeline.TimelineEvent.CallbackAttemptEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.CallbackDeliveryEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.DocumentEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.JourneyMoveEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.StepEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.SupportActionEvent;
import io.onboarding.kyc.web.timeline.TimelineEvent.VendorCallEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembler on plain rows: what each row becomes, and the order of the whole. */
class TimelineTest {

    private static final String JOURNEY = "jny_0123456789abcdefghjkmnpqrs";
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aJourneyReadsInTimeOrderAcrossEverySource() {
        List<TimelineEntry> recorded = List.of(
                entry(1, 1, "RUNNING", null, "OCR_FRONT", "RUNNING", null, null, ""),
                entry(2, 4, "RUNNING", null, "OCR_FRONT", "PASSED", "req-ocr", null, ""),
                entry(3, 5, "WAITING_REVIEW", null, "REVIEW", "RUNNING", null, "LOW_QUALITY", "LOW_QUALITY"),
                entry(4, 9, "RUNNING", null, "REVIEW", "PASSED", null, "APPROVE by desk-7", ""),
                entry(5, 10, "COMPLETED", "APPROVED", "DECISION", "PASSED", null, "APPROVED", ""));
        List<DocumentReceipt> documents = List.of(document("BACK", 0), document("FRONT", 0));
        List<AuditedVendorCall> calls = List.of(call(1, "OCR_FRONT", "RecognizeMainlandIDCardOCR", "req-ocr", 3));
        DeliveryHistory callback = new DeliveryHistory(
                delivery("cbd_1", 5, "journey.waiting_review"), List.of(attempt("cbd_1", 1, 6, 200, null)));
        List<SupportAction> actions = List.of(
                action(1, 7, SupportAction.Kind.REVIEW_CLAIMED, null),
                action(2, 8, SupportAction.Kind.REVIEW_APPROVED, "documents look right"));

        TimelineResource timeline = Timeline.assemble(JOURNEY, recorded, documents, calls, List.of(callback), actions);

        assertThat(timeline.journeyId()).isEqualTo(JOURNEY);
        assertThat(timeline.events())
                .extracting(TimelineTest::label)
                .containsExactly(
                        "document FRONT 1",
                        "document BACK 1",
                        "step 1 OCR_FRONT RUNNING run 1",
                        "vendor-call RecognizeMainlandIDCardOCR req-ocr",
                        "step 2 OCR_FRONT PASSED run 1",
                        "step 3 REVIEW RUNNING run 1",
                        "journey 3 WAITING_REVIEW null",
                        "callback-delivery cbd_1 journey.waiting_review",
                        "callback-attempt cbd_1 #1 200",
                        "support-action REVIEW_CLAIMED",
                        "support-action REVIEW_APPROVED",
                        "step 4 REVIEW PASSED run 1",
                        "journey 4 RUNNING null",
                        "step 5 DECISION PASSED run 1",
                        "journey 5 COMPLETED APPROVED");
    }

    @Test
    void eachKindCarriesItsFields() {
        TimelineResource timeline = Timeline.assemble(
                JOURNEY,
                List.of(
                        entry(1, 1, "RUNNING", null, "ID_VERIFICATION", "RUNNING", null, null, ""),
                        entry(2, 2, "RUNNING", null, "ID_VERIFICATION", null, null, "DAILY_LIMIT_OVER", "WAIT"),
                        entry(3, 3, "COMPLETED", "REJECTED", "DECISION", "PASSED", null, "REJECTED", "A,B")),
                List.of(document("FRONT", 0)),
                List.of(call(1, "ID_VERIFICATION", "IdCardOCRVerification", null, 1)),
                List.of(new DeliveryHistory(
                        delivery("cbd_2", 4, "journey.completed"), List.of(attempt("cbd_2", 1, 5, null, "timed out")))),
                List.of(action(1, 6, SupportAction.Kind.CALLBACK_RESENT, "cbd_2")));

        assertThat(timeline.events()).hasSize(9);
        assertThat(find(timeline, StepEvent.class, 0))
                .isEqualTo(new StepEvent(at(1), 1, "ID_VERIFICATION", "RUNNING", 1, null, null));
        assertThat(find(timeline, VendorCallEvent.class, 0))
                .isEqualTo(new VendorCallEvent(
                        at(1), "ID_VERIFICATION", "IdCardOCRVerification", null, "Success", true, 120, 1));
        // a row without a step status is the journey's own note: it keeps its detail
        assertThat(find(timeline, JourneyMoveEvent.class, 0))
                .isEqualTo(new JourneyMoveEvent(
                        at(2), 2, "RUNNING", null, "ID_VERIFICATION", List.of("WAIT"), "DAILY_LIMIT_OVER"));
        // a move that comes with a step's end leaves the detail to the step
        assertThat(find(timeline, JourneyMoveEvent.class, 1))
                .isEqualTo(
                        new JourneyMoveEvent(at(3), 3, "COMPLETED", "REJECTED", "DECISION", List.of("A", "B"), null));
        assertThat(find(timeline, DocumentEvent.class, 0)).isEqualTo(new DocumentEvent(at(0), "FRONT", 1));
        assertThat(find(timeline, CallbackDeliveryEvent.class, 0))
                .isEqualTo(new CallbackDeliveryEvent(
                        at(4), "cbd_2", "evt_cbd_2", "journey.completed", "PENDING", null, null));
        assertThat(find(timeline, CallbackAttemptEvent.class, 0))
                .isEqualTo(new CallbackAttemptEvent(at(5), "cbd_2", "journey.completed", 1, null, 40, "timed out"));
        assertThat(find(timeline, SupportActionEvent.class, 0))
                .isEqualTo(new SupportActionEvent(at(6), "CALLBACK_RESENT", "desk-7", "cbd_2"));
    }

    @Test
    void atTheSameInstantSourcesKeepTheirOrderAndTheRecordedTimelineItsSequence() {
        // the recorded timeline goes back in time (another process's clock): its sequence still rules
        List<TimelineEntry> recorded = List.of(
                entry(1, 5, "RUNNING", null, "OCR_FRONT", "RUNNING", null, null, ""),
                entry(2, 3, "RUNNING", null, "OCR_FRONT", "PASSED", null, null, ""));
        List<SupportAction> actions = List.of(
                action(2, 5, SupportAction.Kind.DOCUMENT_READ, "FRONT"),
                action(1, 5, SupportAction.Kind.REVIEW_CLAIMED, null));

        TimelineResource timeline = Timeline.assemble(
                JOURNEY,
                recorded,
                List.of(document("FRONT", 5)),
                List.of(call(7, "OCR_FRONT", "RecognizeMainlandIDCardOCR", "b", 5), call(6, "OCR_FRONT", "X", "a", 5)),
                List.of(),
                actions);

        assertThat(timeline.events())
                .extracting(TimelineTest::label)
                .containsExactly(
                        "step 1 OCR_FRONT RUNNING run 1",
                        "step 2 OCR_FRONT PASSED run 1",
                        "document FRONT 1",
                        "vendor-call RecognizeMainlandIDCardOCR b",
                        "vendor-call X a",
                        "support-action DOCUMENT_READ",
                        "support-action REVIEW_CLAIMED");
    }

    @Test
    void aRetakeIsASecondUploadAndASecondRunOfTheStepsItRepeats() {
        List<TimelineEntry> recorded = List.of(
                entry(1, 1, "RUNNING", null, "OCR_FRONT", "RUNNING", null, null, ""),
                entry(2, 2, "RUNNING", null, "OCR_FRONT", "FAILED", null, "DOCUMENT_UNREADABLE", ""),
                entry(3, 3, "WAITING_RETAKE", null, "RETAKE", "RUNNING", null, "DOCUMENT_UNREADABLE", "X"),
                entry(4, 4, "WAITING_RETAKE", null, "RETAKE", "RUNNING", null, "ESCALATED", "X"),
                entry(5, 6, "RUNNING", null, "RETAKE", "PASSED", null, "NEW_PHOTOS", ""),
                entry(6, 7, "RUNNING", null, "OCR_FRONT", "RUNNING", null, null, ""));

        TimelineResource timeline = Timeline.assemble(
                JOURNEY,
                recorded,
                List.of(document("FRONT", 0), document("BACK", 5), document("FRONT", 5)),
                List.of(),
                List.of(),
                List.of());

        assertThat(timeline.events())
                .extracting(TimelineTest::label)
                .containsExactly(
                        "document FRONT 1",
                        "step 1 OCR_FRONT RUNNING run 1",
                        "step 2 OCR_FRONT FAILED run 1",
                        "step 3 RETAKE RUNNING run 1",
                        "journey 3 WAITING_RETAKE null",
                        // escalation notes the running step again: the same run
                        "step 4 RETAKE RUNNING run 1",
                        "document FRONT 2",
                        "document BACK 2",
                        "step 5 RETAKE PASSED run 1",
                        "journey 5 RUNNING null",
                        "step 6 OCR_FRONT RUNNING run 2");
    }

    @Test
    void aJourneyWithNothingRecordedHasAnEmptyTimeline() {
        assertThat(Timeline.assemble(JOURNEY, List.of(), List.of(), List.of(), List.of(), List.of())
                        .events())
                .isEmpty();
    }

    private static <T extends TimelineEvent> T find(TimelineResource timeline, Class<T> kind, int index) {
        List<T> found = new ArrayList<>();
        for (TimelineEvent event : timeline.events()) {
            if (kind.isInstance(event)) {
                found.add(kind.cast(event));
            }
        }
        return found.get(index);
    }

    private static String label(TimelineEvent event) {
        if (event instanceof JourneyMoveEvent e) {
            return "journey " + e.sequence() + " " + e.status() + " " + e.outcome();
        }
        if (event instanceof StepEvent e) {
            return "step " + e.sequence() + " " + e.step() + " " + e.status() + " run " + e.run();
        }
        if (event instanceof DocumentEvent e) {
            return "document " + e.side() + " " + e.upload();
        }
        if (event instanceof VendorCallEvent e) {
            return "vendor-call " + e.action() + " " + e.requestId();
        }
        if (event instanceof CallbackDeliveryEvent e) {
            return "callback-delivery " + e.deliveryId() + " " + e.eventType();
        }
        if (event instanceof CallbackAttemptEvent e) {
            return "callback-attempt " + e.deliveryId() + " #" + e.attempt() + " " + e.statusCode();
        }
        SupportActionEvent e = (SupportActionEvent) event;
        return "support-action " + e.action();
    }

    private static Instant at(int second) {
        return T0.plusSeconds(second);
    }

    private static TimelineEntry entry(
            int sequence,
            int second,
            String status,
            String outcome,
            String step,
            String stepStatus,
            String vendorRequestId,
            String detail,
            String reasons) {
        return new TimelineEntry(
                new TimelineKey(JOURNEY, sequence),
                at(second),
                status,
                outcome,
                step,
                stepStatus,
                vendorRequestId,
                detail,
                reasons);
    }

    private static DocumentReceipt document(String side, int second) {
        return new DocumentReceipt("doc_" + side + second, JOURNEY, side, "image/png", 1024, at(second));
    }

    private static AuditedVendorCall call(long id, String step, String action, String requestId, int second) {
        return new AuditedVendorCall(id, JOURNEY, step, 1, action, requestId, "Success", true, 120, at(second));
    }

    private static CallbackDelivery delivery(String id, int second, String type) {
        return new CallbackDelivery(
                id,
                "evt_" + id,
                JOURNEY,
                type,
                "https://hooks.example/kyc",
                "{}",
                "PENDING",
                1,
                at(second),
                null,
                null,
                null);
    }

    private static CallbackAttempt attempt(String deliveryId, int attempt, int second, Integer status, String error) {
        return new CallbackAttempt(new CallbackAttemptKey(deliveryId, attempt), at(second), status, 40, error);
    }

    private static SupportAction action(long id, int second, SupportAction.Kind kind, String detail) {
        return new SupportAction(id, JOURNEY, at(second), "desk-7", kind.name(), detail);
    }
}
