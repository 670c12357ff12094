package io.onboarding.kyc.bench;

import java.util.List;

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

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int journeys(boolean smoke) {
        return MidRunFault.journeys(smoke);
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
        List<String> bodies = MidRunFault.bodies(pool, count, "bench-server-crash-");
        Workers.allRunning(stack);
        MidRunFault.Run run = MidRunFault.run(stack, bodies, own::killTemporal, own::restartTemporal);
        return run.result(
                name(),
                smoke,
                count,
                run.first(),
                run.figures("Temporal answering again after the kill", "kill"),
                "kill -9 of Temporal's server (SQLite file) after " + run.strikeAt() + " of " + count + " starts at "
                        + MidRunFault.RATE + "/s, started again at once on the same port and file; workers and web"
                        + " API untouched; every vendor call slowed by 1.5 s");
    }
}
