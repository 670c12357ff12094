package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.drill.LedgerCall;
import io.onboarding.kyc.sandbox.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 15, item 6, storm: journeys arrive at a steady rate while the vendor misbehaves, by the sandbox's fault
 * injection: 10 % of calls hang past the client's read timeout and the activity's start-to-close timeout, and 30 %
 * answer a transient error ({@code InternalError}). Reports where every journey ended and whether any billable
 * answer was bought twice.
 */
final class StormScenario implements Scenario {

    private static final double RATE = 2.0;
    /** Longer than the Tencent client's read timeout (20 s) and the vendor activities' start-to-close (30 s). */
    private static final int HANG_MS = 45_000;
    /**
     * The first fault that fires decides a call, in the order they were added: hangs first at 10 %, then errors at
     * 1/3 of the rest, so 30 % of all calls.
     */
    private static final String STORM = "[{\"action\":\"*\",\"kind\":\"hang\",\"latencyMs\":" + HANG_MS
            + ",\"rate\":0.1},{\"action\":\"*\",\"kind\":\"error\",\"code\":\"InternalError\",\"rate\":0.3333}]";

    @Override
    public String name() {
        return "storm";
    }

    @Override
    public int journeys(boolean smoke) {
        return smoke ? 10 : 200;
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        int count = journeys(smoke);
        List<Identity> identities = pool.take(count);
        List<String> bodies = StartBodies.render(identities, "bench-storm-" + System.currentTimeMillis());
        Workers.allRunning(stack);
        stack.sandbox().clearFaults();
        stack.sandbox().clearCalls();
        stack.sandbox().addFaults(STORM);
        JourneyStarter starter = new JourneyStarter(stack);
        Instant first = Instant.now();
        try {
            List<String> journeys = starter.feed(bodies, RATE, -1, () -> {});
            JourneyTally tally =
                    JourneyTally.await(stack.database(), journeys, StartBodies.APPROVED, Duration.ofMinutes(10));
            List<String> twice = stack.database().billableBoughtTwice(journeys);
            List<LedgerCall> ledger = stack.sandbox().calls();
            long hangs =
                    ledger.stream().filter(c -> c.resultCode().equals("HANG")).count();
            long errors = ledger.stream()
                    .filter(c -> c.resultCode().equals("InternalError"))
                    .count();

            List<Figure> figures = new ArrayList<>(tally.figures());
            figures.add(Figure.atMost("billable calls bought twice", twice.size(), "", 0));
            figures.add(Figure.count("vendor calls", ledger.size()));
            figures.add(Figure.count("hung calls", hangs));
            figures.add(Figure.count("transient errors", errors));
            figures.add(Figure.of(
                    "last journey stopped, after the first start",
                    tally.lastStopped() == null
                            ? Double.NaN
                            : Duration.between(first, tally.lastStopped()).toMillis() / 1000.0,
                    "s"));
            List<String> notes = new ArrayList<>();
            notes.add(count + " starts at " + RATE + "/s; 10 % of vendor calls hang " + HANG_MS / 1000
                    + " s, 30 % answer InternalError");
            if (starter.refused() > 0) {
                notes.add(starter.refused() + " start(s) refused by the API and not counted as journeys");
            }
            twice.stream().limit(10).forEach(row -> notes.add("bought twice: " + row));
            return new ScenarioResult(
                    name(), smoke, count, first, Duration.between(first, Instant.now()), figures, notes, null);
        } finally {
            stack.sandbox().clearFaults();
        }
    }
}
