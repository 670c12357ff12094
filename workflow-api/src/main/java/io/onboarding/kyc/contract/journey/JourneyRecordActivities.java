package io.onboarding.kyc.contract.journey;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Keeps the PostgreSQL read model in step with the workflow, the source of truth. */
@ActivityInterface
public interface JourneyRecordActivities {

    /**
     * The failure type (non-retryable) of an event the read model refuses for good: a value that does not
     * fit its column, a broken constraint, any data exception. Sending the same event again cannot help.
     */
    String REFUSED = "JourneyRecordRefused";

    /**
     * The failure type (retryable) of a database that may answer later: no connection, a timeout, a
     * serialization failure or deadlock, a server shutting down, and anything not known to be permanent.
     */
    String UNAVAILABLE = "JourneyRecordUnavailable";

    /**
     * Appends the event to the journey's timeline; an event recorded before (same sequence) changes
     * nothing. Fails with {@link #REFUSED} or {@link #UNAVAILABLE}.
     */
    @ActivityMethod
    void record(JourneyEvent event);
}
