package io.onboarding.kyc.worker;

import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.worker.WorkerFactory;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a worker without dropping the tasks it holds, nor the ones the server is handing it.
 *
 * <p>A poll cancelled at the moment the server answers it with a task loses that task until its start-to-close
 * timeout. Servers that advertise {@code workerPollCompleteOnShutdown} end a stopping worker's polls themselves,
 * and the SDK waits for them. On older servers (the dev server's 1.32 among them) the SDK cancels them, so the
 * drain first suspends polling and waits for every open poll to come back, with a task (which then runs) or
 * empty at the server's long-poll expiry. Then it shuts down: running activities and workflow tasks get what is
 * left of the grace period to finish and report. What still runs after that is interrupted, and Temporal retries
 * it on another worker once its timeout passes: a worker that outlived its grace costs time, never a journey.
 */
@Singleton
final class WorkerDrain {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerDrain.class);
    /** How long interrupted tasks get to unwind before the process goes on without them. */
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(2);
    /** The shortest time running tasks get after the polls came back, however long those took. */
    private static final Duration AT_LEAST_FOR_TASKS = Duration.ofSeconds(2);

    private final PollsInFlight polls;

    WorkerDrain(PollsInFlight polls) {
        this.polls = polls;
    }

    /** Whether everything the worker held finished within {@code grace}. */
    boolean drain(WorkerFactory factory, Duration grace) {
        long started = System.nanoTime();
        LOG.info("Stopping the workers: no new tasks; running ones get up to {} to finish", grace);
        if (!serverEndsPollsOnShutdown(factory)) {
            awaitPolls(factory, grace);
        }
        factory.shutdown();
        Duration left = grace.minus(since(started));
        factory.awaitTermination(Math.max(left.toMillis(), AT_LEAST_FOR_TASKS.toMillis()), TimeUnit.MILLISECONDS);
        if (factory.isTerminated()) {
            LOG.info(
                    "Workers stopped after {} ms, every running task finished",
                    since(started).toMillis());
            return true;
        }
        LOG.warn(
                "Workers still busy after {} ms (kyc.worker.shutdown-grace {}): interrupting what runs; Temporal"
                        + " retries those activities elsewhere once their timeouts pass",
                since(started).toMillis(),
                grace);
        factory.shutdownNow();
        factory.awaitTermination(AFTER_INTERRUPT.toMillis(), TimeUnit.MILLISECONDS);
        return false;
    }

    private void awaitPolls(WorkerFactory factory, Duration grace) {
        long started = System.nanoTime();
        factory.suspendPolling();
        int open = polls.open();
        try {
            if (polls.awaitNone(grace.minus(AT_LEAST_FOR_TASKS))) {
                LOG.info(
                        "{} open poll(s) came back in {} ms",
                        open,
                        since(started).toMillis());
            } else {
                LOG.warn(
                        "{} poll(s) still open after {} ms: cancelling them may lose a task the server is handing"
                                + " out, retried after its timeout (set the server's"
                                + " matching.longPollExpirationInterval under kyc.worker.shutdown-grace)",
                        polls.open(),
                        since(started).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the server answers a stopping worker's open polls itself (the SDK then waits for them). */
    private static boolean serverEndsPollsOnShutdown(WorkerFactory factory) {
        var client = factory.getWorkflowClient();
        try {
            return client.getWorkflowServiceStubs()
                    .blockingStub()
                    .withDeadlineAfter(2, TimeUnit.SECONDS)
                    .describeNamespace(DescribeNamespaceRequest.newBuilder()
                            .setNamespace(client.getOptions().getNamespace())
                            .build())
                    .getNamespaceInfo()
                    .getCapabilities()
                    .getWorkerPollCompleteOnShutdown();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
