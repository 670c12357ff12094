package io.onboarding.kyc.journey;

import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The journey's state inside the workflow. Every change is kept here for the {@code state()} query and
 * sent to the read model through the recording activity, numbered so that repeats are harmless.
 */
final class JourneyProgress {

    private final String journeyId;
    private final JourneyRecordActivities recorder;
    private final List<StepState> steps = new ArrayList<>();
    private JourneyStatus status = JourneyStatus.RUNNING;
    private Outcome outcome;
    private Step currentStep;
    private List<String> reasons = List.of();
    private int sequence;

    JourneyProgress(String journeyId, JourneyRecordActivities recorder) {
        this.journeyId = journeyId;
        this.recorder = recorder;
    }

    void begin(Step step) {
        currentStep = step;
        steps.add(new StepState(step, StepStatus.RUNNING, now(), null, null, null));
        record(step, StepStatus.RUNNING, null, null);
    }

    void finish(Step step, CheckResult result, String vendorRequestId) {
        StepStatus stepStatus = result.passed() ? StepStatus.PASSED : StepStatus.FAILED;
        finish(step, stepStatus, vendorRequestId, result.reason());
    }

    void finish(Step step, StepStatus stepStatus, String vendorRequestId, String detail) {
        int index = indexOf(step);
        steps.set(index, steps.get(index).finish(stepStatus, now(), vendorRequestId, detail));
        record(step, stepStatus, vendorRequestId, detail);
    }

    JourneyOutcome complete(JourneyOutcome decided) {
        status = JourneyStatus.COMPLETED;
        outcome = decided.outcome();
        reasons = decided.reasons();
        currentStep = Step.DECISION;
        steps.add(new StepState(Step.DECISION, StepStatus.PASSED, now(), now(), null, outcome.name()));
        record(Step.DECISION, StepStatus.PASSED, null, outcome.name());
        return decided;
    }

    /** The journey cannot go on for a reason that is not the customer's: configuration or vendor outage. */
    JourneyOutcome fail(Step step, String reason) {
        status = JourneyStatus.FAILED;
        reasons = List.of(reason);
        finish(step, StepStatus.FAILED, null, reason);
        return new JourneyOutcome(null, reasons);
    }

    JourneyState snapshot() {
        return new JourneyState(journeyId, status, outcome, currentStep, steps, reasons);
    }

    private void record(Step step, StepStatus stepStatus, String vendorRequestId, String detail) {
        sequence++;
        recorder.record(new JourneyEvent(journeyId, sequence, now(), status, outcome, step, stepStatus,
                vendorRequestId, detail, reasons));
    }

    private int indexOf(Step step) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).step() == step) {
                return i;
            }
        }
        throw new IllegalStateException(step + " was never begun");
    }

    private static Instant now() {
        return Instant.ofEpochMilli(Workflow.currentTimeMillis());
    }
}
