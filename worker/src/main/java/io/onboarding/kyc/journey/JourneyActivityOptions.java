package io.onboarding.kyc.journey;

import io.onboarding.kyc.tencent.TencentFailures;
import io.onboarding.kyc.temporal.TaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Timeouts and retries per activity. Vendor calls retry transient failures with backoff for up to half
 * an hour (then the journey goes to review rather than failing for Tencent's outage); a caller,
 * configuration or undocumented answer stops at once, because the same request would fail again.
 */
final class JourneyActivityOptions {

    private static final RetryOptions VENDOR_RETRY = RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(1))
            .setBackoffCoefficient(2.0)
            .setMaximumInterval(Duration.ofMinutes(1))
            .setDoNotRetry(TencentFailures.CALLER_ERROR, TencentFailures.CONFIGURATION_ERROR,
                    TencentFailures.UNDOCUMENTED_ANSWER, TencentFailures.BUSINESS_RESULT)
            .build();

    /** How long one vendor call may keep failing transiently before a person is asked to look. */
    static final Duration VENDOR_PATIENCE = Duration.ofMinutes(30);

    private JourneyActivityOptions() {
    }

    static ActivityOptions tencentOcr() {
        return vendor(TaskQueues.TENCENT_OCR);
    }

    static ActivityOptions tencentFaceId() {
        return vendor(TaskQueues.TENCENT_FACEID);
    }

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

    private static ActivityOptions vendor(String taskQueue) {
        return ActivityOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setScheduleToCloseTimeout(VENDOR_PATIENCE)
                .setRetryOptions(VENDOR_RETRY)
                .build();
    }
}
