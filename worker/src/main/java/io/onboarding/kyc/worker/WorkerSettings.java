package io.onboarding.kyc.worker;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Worker tuning ({@code kyc.worker.*}). The per-second limits hold Tencent's default quotas, 20/s for OCR and
 * 100/s for Face ID, at about 30 % of them: the Temporal server enforces the task-queue limit across all
 * workers, but over a queue's partitions (4 by default), each a token bucket whose burst refills after a pause,
 * so one second can see up to about twice the rate dispatched; and a worker that pauses (GC, a busy CPU) sends
 * the calls it took bunched together. {@code ClusterScaleOutIT} measured both (docs/vendor-calls.md). The
 * per-worker limit is a second guard for servers (such as the embedded test server) that ignore the task-queue
 * one.
 *
 * @param cardVerificationPerSecond the successor card verification's queue: its result action allows 20 calls a
 *                                  second, held at about 30 % like the others
 * @param shutdownGrace how long a stopping worker lets the tasks it holds finish before it interrupts them
 *                      ({@code KYC_WORKER_SHUTDOWN_GRACE}); keep it under the orchestrator's own kill
 *                      deadline (Kubernetes' terminationGracePeriodSeconds, 30 s by default)
 */
@ConfigurationProperties("kyc.worker")
public record WorkerSettings(
        @Bindable(defaultValue = "6") double ocrPerSecond,
        @Bindable(defaultValue = "30") double faceidPerSecond,
        @Bindable(defaultValue = "6") double cardVerificationPerSecond,
        @Bindable(defaultValue = "25s") Duration shutdownGrace) {}
