package io.onboarding.kyc.worker.journey;

import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.onboarding.kyc.contract.vendor.VendorFailureTypes;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Timeouts and retries per activity. Each vendor action has its own options below, so one action's
 * timeouts or retry can change without touching the others. Today they all start from the same values:
 * vendor calls retry transient failures with backoff for up to half an hour (then the journey goes to
 * review rather than failing for Tencent's outage); a caller, configuration or undocumented answer stops
 * at once, because the same request would fail again.
 */
final class JourneyActivityOptions {

    /** How long one vendor call may keep failing transiently before a person is asked to look. */
    static final Duration VENDOR_PATIENCE = Duration.ofMinutes(30);

    /** OCR of a mainland resident ID card side ({@code OcrActivities.recognizeMainlandIdCard}). */
    static final ActivityOptions MAINLAND_ID_CARD_OCR = vendorCall(TaskQueues.TENCENT_OCR)
            .setRetryOptions(vendorRetry().build())
            .build();

    /** Name and ID number against the authority ({@code FaceIdActivities.verifyNameAndIdNumber}). */
    static final ActivityOptions ID_VERIFICATION = vendorCall(TaskQueues.TENCENT_FACEID)
            .setRetryOptions(vendorRetry().build())
            .build();

    /** Card portrait against the authority photo ({@code FaceIdActivities.comparePortrait}). */
    static final ActivityOptions PORTRAIT_COMPARISON = vendorCall(TaskQueues.TENCENT_FACEID)
            .setRetryOptions(vendorRetry().build())
            .build();

    /** Submitting a foreign card ({@code CardVerificationActivities.apply}); served on the Face ID queue. */
    static final ActivityOptions CARD_VERIFICATION_APPLY = vendorCall(TaskQueues.TENCENT_FACEID)
            .setRetryOptions(vendorRetry().build())
            .build();

    /** Asking for a foreign card's result ({@code CardVerificationActivities.poll}); served on the Face ID queue. */
    static final ActivityOptions CARD_VERIFICATION_POLL = vendorCall(TaskQueues.TENCENT_FACEID)
            .setRetryOptions(vendorRetry().build())
            .build();

    /** Submitting a foreign card to the successor API ({@code ExternalCardVerificationActivities.apply}). */
    static final ActivityOptions EXTERNAL_CARD_VERIFICATION_APPLY = vendorCall(TaskQueues.TENCENT_CARD_VERIFICATION)
            .setRetryOptions(vendorRetry().build())
            .build();

    /** Asking the successor API for a foreign card's result ({@code ExternalCardVerificationActivities.poll}). */
    static final ActivityOptions EXTERNAL_CARD_VERIFICATION_POLL = vendorCall(TaskQueues.TENCENT_CARD_VERIFICATION)
            .setRetryOptions(vendorRetry().build())
            .build();

    private JourneyActivityOptions() {}

    /**
     * How long recording one event may keep failing transiently (the database away, timing out, shutting
     * down) before the journey gives up on its read model and ends {@code RECORDING_FAILED}.
     */
    static final Duration RECORDING_PATIENCE = Duration.ofHours(1);

    /**
     * Recording to PostgreSQL is idempotent, so it retries a database that may come back, for up to
     * {@link #RECORDING_PATIENCE}; an event the database refuses for good is not retried at all.
     */
    static ActivityOptions recording() {
        return ActivityOptions.newBuilder()
                .setTaskQueue(TaskQueues.JOURNEYS)
                .setStartToCloseTimeout(Duration.ofSeconds(10))
                .setScheduleToCloseTimeout(RECORDING_PATIENCE)
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofMillis(500))
                        .setMaximumInterval(Duration.ofSeconds(30))
                        .setDoNotRetry(JourneyRecordActivities.REFUSED)
                        .build())
                .build();
    }

    /**
     * A recording as a local activity: in the worker that runs the workflow task, reported in its completion as a
     * marker, with no activity task for the server to schedule, dispatch and complete (ADR 0026). A journey records
     * about ten events; as activity tasks they were two thirds of its tasks. One try each:
     * {@link TimelineRecording} tries an unavailable database again on durable timers for
     * {@link #RECORDING_PATIENCE}, on the workflow's clock.
     */
    static LocalActivityOptions localRecording() {
        return LocalActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(10))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build();
    }

    /** The timeouts every vendor action starts from: 30 s a call, {@link #VENDOR_PATIENCE} in all. */
    private static ActivityOptions.Builder vendorCall(String taskQueue) {
        return ActivityOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setScheduleToCloseTimeout(VENDOR_PATIENCE);
    }

    /** The retry every vendor action starts from: from 1 s, doubling, at most 1 min apart; final answers never. */
    private static RetryOptions.Builder vendorRetry() {
        return RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(1))
                .setBackoffCoefficient(2.0)
                .setMaximumInterval(Duration.ofMinutes(1))
                .setDoNotRetry(
                        VendorFailureTypes.CALLER_ERROR,
                        VendorFailureTypes.CONFIGURATION_ERROR,
                        VendorFailureTypes.UNDOCUMENTED_ANSWER,
                        VendorFailureTypes.BUSINESS_RESULT);
    }
}
