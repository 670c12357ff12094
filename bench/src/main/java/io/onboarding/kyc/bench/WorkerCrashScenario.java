package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import io.onboarding.kyc.sandbox.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 15, item 6, worker crash: journeys arrive at a steady rate; half-way through, {@code kill -9} of one worker
 * (no shutdown hook, no drain), which is started again at once while journeys keep arriving. The vendor is made
 * slow (every call 1.5 s, by the sandbox's fault injection), so that the worker dies holding calls rather than
 * between them. Reports where every journey ended and whether any billable answer was bought twice (the
 * vendor-call audit). Only on the bench's own stack: a target's processes are not the bench's to kill.
 */
final class WorkerCrashScenario implements Scenario {

    /** Starts per second: enough for calls to be in flight on every worker, little enough for 2 cores. */
    private static final double RATE = 2.0;

    private static final String SLOW_VENDOR = "{\"action\":\"*\",\"kind\":\"latency\",\"latencyMs\":1500}";

    @Override
    public String name() {
        return "worker-crash";
    }

    @Override
    public int journeys(boolean smoke) {
        return smoke ? 20 : 200;
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        int count = journeys(smoke);
        if (stack.workers().isEmpty()) {
            return ScenarioResult.skipped(name(), smoke, count, "needs the bench's own stack (no worker to kill)");
        }
        List<Identity> identities = pool.take(count);
        List<String> bodies = StartBodies.render(identities, "bench-crash-" + System.currentTimeMillis());
        Workers.allRunning(stack);
        stack.sandbox().clearFaults();
        stack.sandbox().clearCalls();
        stack.sandbox().addFaults(SLOW_VENDOR);
        ClusterProcess victim = stack.workers().get(0);

        JourneyStarter starter = new JourneyStarter(stack);
        Instant first = Instant.now();
        AtomicReference<Instant> killedAt = new AtomicReference<>();
        AtomicReference<CompletableFuture<Duration>> restarted = new AtomicReference<>();
        try {
            List<String> journeys = starter.feed(bodies, RATE, bodies.size() / 2, () -> {
                victim.kill();
                Instant killed = Instant.now();
                killedAt.set(killed);
                // started again at once, on a thread of its own, while journeys keep arriving
                restarted.set(CompletableFuture.supplyAsync(() -> {
                    victim.start().awaitReady(Duration.ofMinutes(3));
                    return Duration.between(killed, Instant.now());
                }));
            });
            Duration back = restarted.get() == null ? null : restarted.get().get();
            JourneyTally tally =
                    JourneyTally.await(stack.database(), journeys, StartBodies.APPROVED, Duration.ofMinutes(5));
            List<String> twice = stack.database().billableBoughtTwice(journeys);

            List<Figure> figures = new ArrayList<>(tally.figures());
            figures.add(Figure.atMost("billable calls bought twice", twice.size(), "", 0));
            figures.add(Figure.of(
                    "killed worker ready again after", back == null ? Double.NaN : back.toMillis() / 1000.0, "s"));
            figures.add(Figure.of(
                    "last journey stopped, after the kill",
                    tally.lastStopped() == null || killedAt.get() == null
                            ? Double.NaN
                            : Duration.between(killedAt.get(), tally.lastStopped())
                                            .toMillis()
                                    / 1000.0,
                    "s"));
            List<String> notes = new ArrayList<>();
            notes.add("kill -9 of " + victim.name() + " after " + bodies.size() / 2 + " of " + count + " starts at "
                    + RATE + "/s; every vendor call slowed by 1.5 s");
            if (starter.refused() > 0) {
                notes.add(starter.refused() + " start(s) refused by the API and not counted as journeys");
            }
            // (journey, action, subject): opaque ids and keyed hashes only
            twice.stream().limit(10).forEach(row -> notes.add("bought twice: " + row));
            return new ScenarioResult(
                    name(), smoke, count, first, Duration.between(first, Instant.now()), figures, notes, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the killed worker did not start again: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            stack.sandbox().clearFaults();
        }
    }
}
