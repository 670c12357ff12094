package io.onboarding.kyc.worker;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Worker tuning ({@code kyc.worker.*}). The per-second limits match Tencent's default quotas: 20/s for
 * OCR, 100/s for Face ID. The task-queue limit holds across all workers; the per-worker limit is a
 * second guard for servers (such as the embedded test server) that ignore the task-queue one.
 *
 * @param shutdownGrace how long a stopping worker lets the tasks it holds finish before it interrupts them
 *                      ({@code KYC_WORKER_SHUTDOWN_GRACE}); keep it under the orchestrator's own kill
 *                      deadline (Kubernetes' terminationGracePeriodSeconds, 30 s by default)
 */
@ConfigurationProperties("kyc.worker")
public record WorkerSettings(
        @Bindable(defaultValue = "20") double ocrPerSecond,
        @Bindable(defaultValue = "100") double faceidPerSecond,
        @Bindable(defaultValue = "25s") Duration shutdownGrace) {}
