package io.onboarding.kyc.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the crash drills share (issue 15, item 6): journeys arrive at a steady rate while every vendor call is slowed
 * (1.5 s, by the sandbox's fault injection), so that the fault meets calls in flight rather than falling between
 * them; half-way through the starts, the fault strikes, and the recovery runs on a thread of its own while journeys
 * keep arriving. Then where every journey ended, and whether any billable answer was bought twice (the vendor-call
 * audit).
 */
final class MidRunFault {

    /** Starts the API refused for good (neither 202 nor an intake limit): not journeys, but counted. */
    static final String STARTS_REFUSED = "starts refused by the API";

    /** Starts per second: enough for calls to be in flight on every worker, little enough for 2 cores. */
    static final double RATE = 2.0;

    private static final String SLOW_VENDOR = "{\"action\":\"*\",\"kind\":\"latency\",\"latencyMs\":1500}";

    private MidRunFault() {}

    /** Every drill starts 20 journeys at the smoke count and 200 at the issue's. */
    static int journeys(boolean smoke) {
        return smoke ? 20 : 200;
    }

    /** Start bodies for {@code count} distinct identities, customer references beginning with {@code prefix}. */
    static List<String> bodies(IdentityPool pool, int count, String prefix) {
        return StartBodies.render(pool.take(count), prefix + System.currentTimeMillis());
    }

    /**
     * @param strike  the fault, at once (a kill -9); may do nothing when the recovery is the whole fault
     * @param recover what brings the process back, timed from the strike
     */
    static Run run(Stack stack, List<String> bodies, Runnable strike, Runnable recover) {
        stack.sandbox().clearFaults();
        stack.sandbox().clearCalls();
        stack.sandbox().addFaults(SLOW_VENDOR);
        JourneyStarter starter = new JourneyStarter(stack);
        Instant first = Instant.now();
        AtomicReference<Instant> struck = new AtomicReference<>();
        AtomicReference<CompletableFuture<Duration>> recovered = new AtomicReference<>();
        try {
            List<String> journeys = starter.feed(bodies, RATE, bodies.size() / 2, () -> {
                strike.run();
                Instant at = Instant.now();
                struck.set(at);
                recovered.set(CompletableFuture.supplyAsync(() -> {
                    recover.run();
                    return Duration.between(at, Instant.now());
                }));
            });
            Duration back = recovered.get() == null ? null : recovered.get().get();
            JourneyTally tally =
                    JourneyTally.await(stack.database(), journeys, StartBodies.APPROVED, Duration.ofMinutes(5));
            return new Run(
                    first,
                    tally,
                    stack.database().billableBoughtTwice(journeys),
                    starter.refused(),
                    struck.get(),
                    back,
                    bodies.size() / 2);
        } catch (ExecutionException e) {
            throw new IllegalStateException("no recovery from the fault: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            stack.sandbox().clearFaults();
        }
    }

    /**
     * A drill's run.
     *
     * @param twice     (journey, action, subject) bought more than once: opaque ids and keyed hashes only
     * @param refused   starts the API refused for good, not journeys
     * @param recovered from the strike until the recovery returned; {@code null} when the fault never struck
     * @param strikeAt  how many starts came before the fault
     */
    record Run(
            Instant first,
            JourneyTally tally,
            List<String> twice,
            int refused,
            Instant struck,
            Duration recovered,
            int strikeAt) {

        /** The tally, bought twice, refused starts, {@code recoveredAs} and the last journey's stop after the fault. */
        List<Figure> figures(String recoveredAs, String fault) {
            List<Figure> figures = new ArrayList<>(tally.figures());
            figures.add(Figure.atMost("billable calls bought twice", twice.size(), "", 0));
            figures.add(Figure.atMost(STARTS_REFUSED, refused, "", 0));
            figures.add(Figure.of(recoveredAs, recovered == null ? Double.NaN : seconds(recovered), "s"));
            figures.add(Figure.of(
                    "last journey stopped, after the " + fault,
                    tally.lastStopped() == null || struck == null
                            ? Double.NaN
                            : seconds(Duration.between(struck, tally.lastStopped())),
                    "s"));
            return figures;
        }

        /** The drill's result, timed from {@code began}: these figures, and {@code what} it did as the first note. */
        ScenarioResult result(
                String scenario, boolean smoke, int count, Instant began, List<Figure> figures, String what) {
            return new ScenarioResult(
                    scenario, smoke, count, first, Duration.between(began, Instant.now()), figures, notes(what), null);
        }

        /** {@code what} the drill did, then the refused starts and the first rows bought twice, if any. */
        List<String> notes(String what) {
            List<String> notes = new ArrayList<>();
            notes.add(what);
            if (refused > 0) {
                notes.add(refused + " start(s) refused by the API (not retried, not counted as journeys; the status"
                        + " is in the bench's output)");
            }
            twice.stream().limit(10).forEach(row -> notes.add("bought twice: " + row));
            return notes;
        }

        private static double seconds(Duration duration) {
            return duration.toMillis() / 1000.0;
        }
    }
}
