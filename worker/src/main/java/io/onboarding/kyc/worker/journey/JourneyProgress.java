package io.onboarding.kyc.worker.journey;

import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyOutcome;
import io.onboarding.kyc.contract.journey.JourneyPath;
import io.onboarding.kyc.contract.journey.JourneyState;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.contract.journey.Step;
import io.onboarding.kyc.contract.journey.StepState;
import io.onboarding.kyc.contract.journey.StepStatus;
import io.onboarding.kyc.contract.journey.Verdict;
import io.onboarding.kyc.contract.journey.Waiting;
import io.onboarding.kyc.contract.temporal.JourneySearchAttributes;
import io.onboarding.kyc.worker.policy.Finding;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The journey's state inside the workflow. Every change is kept here for the {@code state()} query, sent
 * to the read model through the recording activity (numbered, so repeats are harmless) and mirrored in
 * search attributes for on-call.
 */
final class JourneyProgress {

    /** Why a journey whose timeline the read model will not take ended {@code FAILED}. */
    static final String RECORDING_FAILED = "RECORDING_FAILED";
    /** {@code Workflow.getVersion} change id: a journey's end closes the steps still running. */
    static final String CLOSE_OPEN_STEPS = "close-open-steps";

    private final String journeyId;
    private final String country;
    private final TimelineRecording recording;
    private final List<StepState> steps = new ArrayList<>();
    private JourneyStatus status = JourneyStatus.RUNNING;
    private Outcome outcome;
    private Step currentStep;
    private List<String> reasons = List.of();
    private JourneyPath path;
    private Waiting waiting;
    private int retakes;
    private int sequence;

    JourneyProgress(String journeyId, String country, TimelineRecording recording) {
        this.journeyId = journeyId;
        this.country = country;
        this.recording = recording;
    }

    JourneyStatus status() {
        return status;
    }

    int retakes() {
        return retakes;
    }

    void onPath(JourneyPath chosen) {
        path = chosen;
        publish();
    }

    void begin(Step step) {
        begin(step, null);
    }

    private void begin(Step step, String detail) {
        currentStep = step;
        steps.add(new StepState(step, StepStatus.RUNNING, now(), null, null, detail));
        record(step, StepStatus.RUNNING, null, detail);
    }

    void finish(Step step, Finding finding, String vendorRequestId) {
        finish(
                step,
                finding.verdict() == Verdict.PASS ? StepStatus.PASSED : StepStatus.FAILED,
                vendorRequestId,
                finding.reason());
    }

    /** A step's end also ends a wait on the vendor within it (polling for a card's verdict): it got its answer. */
    void finish(Step step, StepStatus stepStatus, String vendorRequestId, String detail) {
        if (waiting != null && waitsOnVendor(waiting.reason())) {
            waiting = null;
            reasons = List.of();
        }
        int index = indexOf(step);
        steps.set(index, steps.get(index).finish(stepStatus, now(), vendorRequestId, detail));
        record(step, stepStatus, vendorRequestId, detail);
    }

    /** The journey stops working and waits; {@code reason} says why, for support and the product. */
    void await(Waiting.WaitingFor what, Instant deadline, String reason) {
        waiting = new Waiting(what, now(), deadline, false);
        reasons = List.of(reason);
        switch (what) {
            case RETAKE -> {
                status = JourneyStatus.WAITING_RETAKE;
                begin(Step.RETAKE, reason);
            }
            case REVIEW -> {
                status = JourneyStatus.WAITING_REVIEW;
                begin(Step.REVIEW, reason);
            }
            // Waiting out a vendor limit is the journey's own business: no one is asked for anything.
            default -> record(currentStep, null, null, reason);
        }
    }

    private static boolean waitsOnVendor(Waiting.WaitingFor what) {
        return what == Waiting.WaitingFor.DAILY_LIMIT || what == Waiting.WaitingFor.CARD_VERIFICATION;
    }

    void escalate() {
        waiting = new Waiting(waiting.reason(), waiting.since(), waiting.deadline(), true);
        record(currentStep, StepStatus.RUNNING, null, "ESCALATED");
    }

    /** The wait ended with what the journey waited for; {@code detail} records what arrived. */
    void resume(String detail) {
        Waiting.WaitingFor what = waiting.reason();
        if (what == Waiting.WaitingFor.RETAKE) {
            retakes++;
        }
        status = JourneyStatus.RUNNING;
        waiting = null;
        reasons = List.of();
        if (what == Waiting.WaitingFor.RETAKE || what == Waiting.WaitingFor.REVIEW) {
            finish(currentStep, StepStatus.PASSED, null, detail);
        } else {
            record(currentStep, null, null, detail);
        }
    }

    JourneyOutcome complete(JourneyOutcome decided) {
        status = JourneyStatus.COMPLETED;
        outcome = decided.outcome();
        reasons = decided.reasons();
        waiting = null;
        closeOpenSteps(reasons.isEmpty() ? outcome.name() : reasons.get(0));
        currentStep = Step.DECISION;
        steps.add(new StepState(Step.DECISION, StepStatus.PASSED, now(), now(), null, outcome.name()));
        record(Step.DECISION, StepStatus.PASSED, null, outcome.name());
        return decided;
    }

    /** The journey cannot go on for a reason that is not the customer's: configuration or an undocumented answer. */
    JourneyOutcome fail(Step step, String reason) {
        status = JourneyStatus.FAILED;
        reasons = List.of(reason);
        waiting = null;
        finish(step, StepStatus.FAILED, null, reason);
        closeOpenSteps(reason);
        return new JourneyOutcome(null, reasons);
    }

    /**
     * The read model will not take this journey's timeline ({@link TimelineRecording.RecordingFailed}): the
     * journey ends {@code FAILED} on step {@code RECORDING}, reason {@code RECORDING_FAILED}, in the
     * {@code state()} query and in search attributes at once, then in the read model as far as it still
     * takes anything.
     */
    JourneyOutcome recordingFailed() {
        status = JourneyStatus.FAILED;
        outcome = null;
        reasons = List.of(RECORDING_FAILED);
        waiting = null;
        List<JourneyEvent> unrecorded = new ArrayList<>();
        for (Step skipped : skipRunningSteps(RECORDING_FAILED)) {
            unrecorded.add(event(skipped, StepStatus.SKIPPED, null, RECORDING_FAILED));
        }
        currentStep = Step.RECORDING;
        steps.add(new StepState(Step.RECORDING, StepStatus.FAILED, now(), now(), null, RECORDING_FAILED));
        unrecorded.add(event(Step.RECORDING, StepStatus.FAILED, null, RECORDING_FAILED));
        publish();
        for (JourneyEvent event : unrecorded) {
            if (!recording.tryRecord(event)) {
                break;
            }
        }
        return new JourneyOutcome(null, reasons);
    }

    /**
     * A journey that ends (decided, cancelled, expired, failed) closes every step still running as
     * {@code SKIPPED}, with why it ended. Journeys that ended before this rule replay as they ran.
     */
    private void closeOpenSteps(String why) {
        if (steps.stream().noneMatch(s -> s.status() == StepStatus.RUNNING)
                || Workflow.getVersion(CLOSE_OPEN_STEPS, Workflow.DEFAULT_VERSION, 1) == Workflow.DEFAULT_VERSION) {
            return;
        }
        for (Step skipped : skipRunningSteps(why)) {
            record(skipped, StepStatus.SKIPPED, null, why);
        }
    }

    /** Marks every step still running {@code SKIPPED}, with why; returns them in the order they started. */
    private List<Step> skipRunningSteps(String why) {
        List<Step> skipped = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).status() == StepStatus.RUNNING) {
                steps.set(i, steps.get(i).finish(StepStatus.SKIPPED, now(), null, why));
                skipped.add(steps.get(i).step());
            }
        }
        return skipped;
    }

    JourneyState snapshot() {
        return new JourneyState(journeyId, status, outcome, currentStep, steps, reasons, path, waiting, retakes);
    }

    private void record(Step step, StepStatus stepStatus, String vendorRequestId, String detail) {
        recording.record(event(step, stepStatus, vendorRequestId, detail));
        publish();
    }

    private JourneyEvent event(Step step, StepStatus stepStatus, String vendorRequestId, String detail) {
        sequence++;
        return new JourneyEvent(
                journeyId,
                sequence,
                now(),
                status,
                outcome,
                step,
                stepStatus,
                vendorRequestId,
                detail,
                reasons,
                waiting);
    }

    /** Only codes and times: search attributes are visible to anyone with Temporal UI access. */
    private void publish() {
        List<io.temporal.common.SearchAttributeUpdate<?>> updates = new ArrayList<>();
        updates.add(JourneySearchAttributes.STATUS.valueSet(status.name()));
        updates.add(JourneySearchAttributes.COUNTRY.valueSet(country));
        updates.add(JourneySearchAttributes.RETAKES.valueSet((long) retakes));
        updates.add(
                currentStep == null
                        ? JourneySearchAttributes.STEP.valueUnset()
                        : JourneySearchAttributes.STEP.valueSet(currentStep.name()));
        updates.add(
                path == null
                        ? JourneySearchAttributes.PATH.valueUnset()
                        : JourneySearchAttributes.PATH.valueSet(path.name()));
        updates.add(
                outcome == null
                        ? JourneySearchAttributes.OUTCOME.valueUnset()
                        : JourneySearchAttributes.OUTCOME.valueSet(outcome.name()));
        updates.add(
                waiting == null
                        ? JourneySearchAttributes.WAITING_SINCE.valueUnset()
                        : JourneySearchAttributes.WAITING_SINCE.valueSet(
                                waiting.since().atOffset(ZoneOffset.UTC)));
        Workflow.upsertTypedSearchAttributes(updates.toArray(new io.temporal.common.SearchAttributeUpdate<?>[0]));
    }

    private int indexOf(Step step) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).step() == step) {
                return i;
            }
        }
        throw new IllegalStateException(step + " was never begun");
    }

    static Instant now() {
        return Instant.ofEpochMilli(Workflow.currentTimeMillis());
    }
}
