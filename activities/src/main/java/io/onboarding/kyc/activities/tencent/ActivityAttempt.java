package io.onboarding.kyc.activities.tencent;

import io.temporal.activity.Activity;

/** The running activity's attempt number, for the audit. */
final class ActivityAttempt {

    private ActivityAttempt() {}

    /** 1 when called outside an activity (tests, tools): there was no earlier attempt. */
    static int current() {
        try {
            return Activity.getExecutionContext().getInfo().getAttempt();
        } catch (IllegalStateException notInAnActivity) {
            return 1;
        }
    }
}
