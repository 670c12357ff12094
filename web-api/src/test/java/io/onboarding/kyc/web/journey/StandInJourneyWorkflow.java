package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.journey.JourneyOutcome;
import io.onboarding.kyc.journey.JourneyRequest;
import io.onboarding.kyc.journey.JourneyState;
import io.onboarding.kyc.journey.JourneyWorkflow;
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
}
