package io.onboarding.kyc.bench;

import io.onboarding.kyc.sandbox.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 15, item 6, server crash: journeys arrive at a steady rate; half-way through, {@code kill -9} of Temporal's
 * server, which keeps its state in a SQLite file, then a start again at once on the same port with the same file.
 * Nothing else is touched: the workers and the web API must find the server again by themselves. The vendor is
 * slowed as in {@link WorkerCrashScenario}, so that the server dies with activities in flight. Reports where every
 * journey ended, whether a billable answer was bought twice, how long until the server answered again and until
 * the last journey stopped. Only on the bench's own stack with Temporal in a file ({@link Bench} runs it so
 * whenever a run includes this drill).
 */
final class ServerCrashScenario implements Scenario {

    static final String NAME = "server-crash";

    private static final double RATE = 2.0;

    private static final String SLOW_VENDOR = "{\"action\":\"*\",\"kind\":\"latency\",\"latencyMs\":1500}";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int journeys(boolean smoke) {
        return smoke ? 20 : 200;
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        int count = journeys(smoke);
        if (!(stack instanceof OwnStack own)) {
            return ScenarioResult.skipped(
                    name(),
                    smoke,
                    count,
                    "needs the bench's own stack (a target's Temporal is not the bench's to kill)");
        }
        if (!own.persistsTemporal()) {
            return ScenarioResult.skipped(
                    name(), smoke, count, "Temporal runs in memory on this stack: a restart would lose every workflow");
        }
        List<Identity> identities = pool.take(count);
        List<String> bodies = StartBodies.render(identities, "bench-server-crash-" + System.currentTimeMillis());
        Workers.allRunning(stack);
        stack.sandbox().clearFaults();
        stack.sandbox().clearCalls();
        stack.sandbox().addFaults(SLOW_VENDOR);

        JourneyStarter starter = new JourneyStarter(stack);
        Instant first = Instant.now();
        AtomicReference<Instant> killedAt = new AtomicReference<>();
        AtomicReference<CompletableFuture<Duration>> restarted = new AtomicReference<>();
        try {
            List<String> journeys = starter.feed(bodies, RATE, bodies.size() / 2, () -> {
                own.killTemporal();
                Instant killed = Instant.now();
                killedAt.set(killed);
                // started again at once, on a thread of its own, while journeys keep arriving (and wait it out)
                restarted.set(CompletableFuture.supplyAsync(() -> {
                    own.restartTemporal();
                    return Duration.between(killed, Instant.now());
                }));
            });
            Duration back = restarted.get() == null ? null : restarted.get().get();
            JourneyTally tally =
                    JourneyTally.await(stack.database(), journeys, StartBodies.APPROVED, Duration.ofMinutes(5));
            List<String> twice = stack.database().billableBoughtTwice(journeys);

            List<Figure> figures = new ArrayList<>(tally.figures());
            figures.add(Figure.atMost("billable calls bought twice", twice.size(), "", 0));
            figures.add(Figure.atMost(DatabaseBlipScenario.STARTS_REFUSED, starter.refused(), "", 0));
            figures.add(Figure.of(
                    "Temporal answering again after the kill", back == null ? Double.NaN : seconds(back), "s"));
            figures.add(Figure.of(
                    "last journey stopped, after the kill",
                    tally.lastStopped() == null || killedAt.get() == null
                            ? Double.NaN
                            : seconds(Duration.between(killedAt.get(), tally.lastStopped())),
                    "s"));
            List<String> notes = new ArrayList<>();
            notes.add("kill -9 of Temporal's server (SQLite file) after " + bodies.size() / 2 + " of " + count
                    + " starts at " + RATE + "/s, started again at once on the same port and file; workers and web"
                    + " API untouched; every vendor call slowed by 1.5 s");
            if (starter.refused() > 0) {
                notes.add(starter.refused() + " start(s) refused by the API and not counted as journeys");
            }
            twice.stream().limit(10).forEach(row -> notes.add("bought twice: " + row));
            return new ScenarioResult(
                    name(), smoke, count, first, Duration.between(first, Instant.now()), figures, notes, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Temporal's server did not start again: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            stack.sandbox().clearFaults();
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
