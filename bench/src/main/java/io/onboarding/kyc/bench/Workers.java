package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import java.time.Duration;

/** The stack's workers, as a scenario must find them: every one running (a drill before may have killed one). */
final class Workers {

    private Workers() {}

    static void allRunning(Stack stack) {
        for (ClusterProcess worker : stack.workers()) {
            if (!worker.isAlive()) {
                worker.start().awaitReady(Duration.ofMinutes(3));
            }
        }
    }
}
