package io.onboarding.kyc.journey;

public enum StepStatus {
    RUNNING,
    PASSED,
    FAILED,
    SKIPPED
}
