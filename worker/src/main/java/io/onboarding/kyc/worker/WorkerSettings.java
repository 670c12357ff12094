package io.onboarding.kyc.worker;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Worker tuning ({@code kyc.worker.*}). The per-second limits match Tencent's default quotas: 20/s for
 * OCR, 100/s for Face ID. The task-queue limit holds across all workers; the per-worker limit is a
 * second guard for servers (such as the embedded test server) that ignore the task-queue one.
 */
@ConfigurationProperties("kyc.worker")
public record WorkerSettings(
        @Bindable(defaultValue = "20") double ocrPerSecond,
        @Bindable(defaultValue = "100") double faceidPerSecond) {}
