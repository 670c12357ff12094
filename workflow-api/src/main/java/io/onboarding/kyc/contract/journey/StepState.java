package io.onboarding.kyc.contract.journey;

import java.time.Instant;

/**
 * One check of a journey as the workflow saw it.
 *
 * @param vendorRequestId Tencent's {@code RequestId} for the call this step made, if any
 * @param detail          a short machine-readable result (a result code or a reason), never PII
 */
public record StepState(
        Step step, StepStatus status, Instant startedAt, Instant finishedAt, String vendorRequestId, String detail) {

    public StepState finish(StepStatus finalStatus, Instant at, String requestId, String resultDetail) {
        return new StepState(step, finalStatus, startedAt, at, requestId, resultDetail);
    }
}
