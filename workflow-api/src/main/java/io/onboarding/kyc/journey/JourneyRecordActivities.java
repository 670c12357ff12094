package io.onboarding.kyc.journey;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Keeps the PostgreSQL read model in step with the workflow, the source of truth. */
@ActivityInterface
public interface JourneyRecordActivities {

    @ActivityMethod
    void record(JourneyEvent event);
}
