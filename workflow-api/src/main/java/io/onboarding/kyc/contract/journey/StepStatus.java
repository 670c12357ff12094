package io.onboarding.kyc.contract.journey;

public enum StepStatus {
    RUNNING,
    PASSED,
    FAILED,
    SKIPPED
}
