package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import java.time.Duration;
import java.util.List;

/**
 * Issue 15, item 6, worker crash: journeys arrive at a steady rate; half-way through, {@code kill -9} of one worker
 * (no shutdown hook, no drain), which is started again at once while journeys keep arriving. The vendor is made
 * slow (every call 1.5 s, by the sandbox's fault injection), so that the worker dies holding calls rather than
 * between them. Reports where every journey ended and whether any billable answer was bought twice (the
 * vendor-call audit). Only on the bench's own stack: a target's processes are not the bench's to kill.
 */
final class WorkerCrashScenario implements Scenario {

    @Override
    public String name() {
        return "worker-crash";
    }

    @Override
    public int journeys(boolean smoke) {
        return MidRunFault.journeys(smoke);
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        int count = journeys(smoke);
        if (stack.workers().isEmpty()) {
            return ScenarioResult.skipped(name(), smoke, count, "needs the bench's own stack (no worker to kill)");
        }
        List<String> bodies = MidRunFault.bodies(pool, count, "bench-crash-");
        Workers.allRunning(stack);
        ClusterProcess victim = stack.workers().get(0);
        MidRunFault.Run run = MidRunFault.run(
                stack, bodies, victim::kill, () -> victim.start().awaitReady(Duration.ofMinutes(3)));
        return run.result(
                name(),
                smoke,
                count,
                run.first(),
                run.figures("killed worker ready again after", "kill"),
                "kill -9 of " + victim.name() + " after " + run.strikeAt() + " of " + count + " starts at "
                        + MidRunFault.RATE + "/s, started again at once; every vendor call slowed by 1.5 s");
    }
}
