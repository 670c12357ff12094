package io.onboarding.kyc.bench;

import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.devstack.drill.ThrowAwayPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 15, item 6, database blip: journeys arrive at a steady rate; half-way through, PostgreSQL crashes
 * ({@code pg_ctl stop -m immediate}: no checkpoint, recovery from the WAL at the next start) and comes back a few
 * seconds later, while journeys keep arriving. The shared PostgreSQL serves other sessions and tests, so the drill
 * brings a throw-away server of its own ({@link ThrowAwayPostgres}) and a stack of its own on it (Temporal in memory,
 * the sandbox, as many workers, one at the smoke count, and one web API), and tears both down at the end: the run's
 * stack is not touched. The vendor is slowed as in every {@link MidRunFault}, so that activities are in flight,
 * and about to write their audit rows, when the database goes. Reports where every journey ended, whether a billable
 * answer was bought twice, how long PostgreSQL was away and until the last journey stopped.
 */
final class DatabaseBlipScenario implements Scenario {

    /** With no server at all: longer than a connection attempt, short enough that nothing times out for good. */
    private static final Duration AWAY = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "database-blip";
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
                    "needs the bench's own stack: it restarts a PostgreSQL of its own under a stack of its own,"
                            + " never a target's database");
        }
        List<String> bodies = MidRunFault.bodies(pool, count, "bench-blip-");
        Instant began = Instant.now();
        // at the smoke count one worker, so that the drill's own stack starts sooner (CI runs it on every build)
        int workers = smoke ? 1 : own.workerCount();
        System.out.println(
                "bench: database-blip starts a PostgreSQL and a stack of its own (" + workers + " worker(s))...");
        try (ThrowAwayPostgres postgres = ThrowAwayPostgres.start(TemporalDevServer.freePort());
                OwnStack blip = own.alike(
                        workers,
                        postgres.url("kyc_blip"),
                        postgres.user(),
                        "",
                        own.stateDirectory().resolveSibling("cluster-database-blip"))) {
            Duration setUp = Duration.between(began, Instant.now());
            // the crash and the restart are one step, timed from the crash, on the drill's own thread
            MidRunFault.Run run = MidRunFault.run(blip, bodies, () -> {}, () -> postgres.crashAndRestart(AWAY));
            List<Figure> figures = new ArrayList<>(run.figures("PostgreSQL away", "crash"));
            figures.add(Figure.of("own PostgreSQL and stack started in", seconds(setUp), "s"));
            return run.result(
                    name(),
                    smoke,
                    count,
                    began,
                    figures,
                    "a throw-away PostgreSQL (port " + postgres.port() + ") and a stack of its own (" + workers
                            + " worker(s)); after " + run.strikeAt() + " of " + count + " starts at "
                            + MidRunFault.RATE + "/s, pg_ctl stop -m immediate (a crash), " + AWAY.toSeconds()
                            + " s without a server, then a start; every vendor call slowed by 1.5 s; its logs in "
                            + blip.stateDirectory().resolve("logs"));
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
