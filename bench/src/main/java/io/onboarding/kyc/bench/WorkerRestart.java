package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Restarts every worker of the bench's own stack with other settings (environment, JDK), all at once, and waits
 * until each serves again. Stopped with SIGTERM, so each drains what it holds; Temporal gives the rest to the next.
 */
final class WorkerRestart {

    private static final Duration DRAIN = Duration.ofSeconds(60);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private WorkerRestart() {}

    /** {@code javaHome} {@code null}: the launcher's JVM; an empty environment: the launcher's settings. */
    static Duration with(Stack stack, Map<String, String> environment, Path javaHome) {
        long begin = System.nanoTime();
        List<CompletableFuture<Void>> restarts = new ArrayList<>();
        for (ClusterProcess worker : stack.workers()) {
            restarts.add(CompletableFuture.runAsync(() -> {
                if (worker.isAlive()) {
                    worker.stop(DRAIN);
                }
                worker.start(environment, javaHome).awaitReady(PATIENCE);
            }));
        }
        CompletableFuture.allOf(restarts.toArray(CompletableFuture[]::new)).join();
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Back to the launcher's settings, as every scenario must leave the stack. */
    static Duration toDefaults(Stack stack) {
        return with(stack, Map.of(), null);
    }
}
