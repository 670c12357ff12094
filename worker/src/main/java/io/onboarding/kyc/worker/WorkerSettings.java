package io.onboarding.kyc.worker;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Worker tuning ({@code kyc.worker.*}). The per-second limits are the coarse guard of Tencent's quotas, 20/s for
 * OCR and 100/s for Face ID: each equals the pace the engine keeps below the quota (0.95 of it, {@code
 * tencent.pace.share}), so the Temporal server dispatches about as fast as the calls may go out. The fine guard,
 * every call in its own slot cluster-wide, is {@code TencentPacer} (ADR 0025): the server enforces the task-queue
 * limit over a queue's partitions, each a token bucket with a burst, so one second can see up to about twice the
 * rate dispatched, and the pacer spreads those out. The per-worker limit is a second guard for servers (such as
 * the embedded test server) that ignore the task-queue one, and for when the pace cannot be read.
 *
 * @param cardVerificationPerSecond the successor card verification's queue: its result action allows 20 calls a
 *                                  second, paced at 0.95 of it like the others
 * @param shutdownGrace how long a stopping worker lets the tasks it holds finish before it interrupts them
 *                      ({@code KYC_WORKER_SHUTDOWN_GRACE}); keep it under the orchestrator's own kill
 *                      deadline (Kubernetes' terminationGracePeriodSeconds, 30 s by default)
 */
@ConfigurationProperties("kyc.worker")
public record WorkerSettings(
        @Bindable(defaultValue = "19") double ocrPerSecond,
        @Bindable(defaultValue = "95") double faceidPerSecond,
        @Bindable(defaultValue = "19") double cardVerificationPerSecond,
        @Bindable(defaultValue = "25s") Duration shutdownGrace) {}
