package io.onboarding.kyc.activities.tencent;

import java.time.Duration;

/** Every slot of an action up to the horizon is taken: the call was not made, and should be tried again later. */
public class PaceExceededException extends RuntimeException {

    private final String action;
    private final Duration horizon;

    public PaceExceededException(String action, Duration horizon) {
        super(action + ": every slot in the next " + horizon.toSeconds() + " s is taken");
        this.action = action;
        this.horizon = horizon;
    }

    public String action() {
        return action;
    }

    public Duration horizon() {
        return horizon;
    }
}
