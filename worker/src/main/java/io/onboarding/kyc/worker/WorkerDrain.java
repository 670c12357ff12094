package io.onboarding.kyc.worker;

import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a worker without dropping the tasks it holds. Polling stops at once, so the server hands new tasks to
 * other workers; activities and workflow tasks already running get the grace period to finish and report.
 * What is still running after it is interrupted: Temporal retries those activities on another worker once
 * their timeout passes, so a worker that outlived its grace costs time, never a journey.
 */
final class WorkerDrain {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerDrain.class);
    /** How long interrupted tasks get to unwind before the process goes on without them. */
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(2);

    private WorkerDrain() {}

    /** Whether everything the worker held finished within {@code grace}. */
    static boolean drain(WorkerFactory factory, Duration grace) {
        long started = System.nanoTime();
        LOG.info("Stopping the workers: no new tasks; running ones get up to {} to finish", grace);
        factory.shutdown();
        factory.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (factory.isTerminated()) {
            LOG.info("Workers stopped after {} ms, every running task finished", took.toMillis());
            return true;
        }
        LOG.warn(
                "Workers still busy after {} ms (kyc.worker.shutdown-grace {}): interrupting what runs; Temporal"
                        + " retries those activities elsewhere once their timeouts pass",
                took.toMillis(),
                grace);
        factory.shutdownNow();
        factory.awaitTermination(AFTER_INTERRUPT.toMillis(), TimeUnit.MILLISECONDS);
        return false;
    }
}
