package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.contract.journey.CancellationRequest;
import io.onboarding.kyc.contract.journey.JourneyOutcome;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.contract.journey.JourneyState;
import io.onboarding.kyc.contract.journey.JourneyWorkflow;
import io.onboarding.kyc.contract.journey.RetakeSubmission;
import io.onboarding.kyc.contract.journey.ReviewDecision;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the real workflow so these tests see exactly what the API started. */
public class StandInJourneyWorkflow implements JourneyWorkflow {

    static final List<JourneyRequest> STARTED = new CopyOnWriteArrayList<>();

    @Override
    public JourneyOutcome run(JourneyRequest request) {
        STARTED.add(request);
        return JourneyOutcome.approved();
    }

    @Override
    public JourneyState state() {
        throw new UnsupportedOperationException();
    }

    @Override
    public JourneyState submitRetake(RetakeSubmission retake) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void validateRetake(RetakeSubmission retake) {
        throw new IllegalStateException("the stand-in takes no retakes");
    }

    @Override
    public JourneyState review(ReviewDecision decision) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void validateReview(ReviewDecision decision) {
        throw new IllegalStateException("the stand-in takes no reviews");
    }

    @Override
    public void cancel(CancellationRequest request) {}
}
