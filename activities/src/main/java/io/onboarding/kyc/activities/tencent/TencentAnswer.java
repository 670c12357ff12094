package io.onboarding.kyc.activities.tencent;

/**
 * What every successful Tencent response says about itself for the audit: its result code and whether
 * Tencent charges for it. The knowledge lives with each action's response, from its documentation.
 */
public interface TencentAnswer {

    /** {@code Success}, or the action's own {@code Result} value. */
    String resultCode();

    boolean billable();
}
