package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import io.onboarding.kyc.devstack.drill.JourneyDatabase;
import io.onboarding.kyc.devstack.drill.SandboxAdmin;
import java.util.List;

/** The engine a scenario runs on: the bench's own cluster, or one that runs already ({@code --target}). */
public interface Stack extends AutoCloseable {

    /** The web API's base URLs; starts go round them. */
    List<String> webUrls();

    /** The product key, which starts journeys and reads the ones it started. */
    String productKey();

    /** The support key, which decides reviews and cancels journeys. */
    String supportKey();

    SandboxAdmin sandbox();

    JourneyDatabase database();

    /** The worker processes the bench may kill and start; empty when it did not start them. */
    List<ClusterProcess> workers();

    /**
     * Stops every worker (SIGTERM, as an orchestrator does) and starts them again with {@code extraEnvironment} over
     * their own, waiting until all serve; an empty map gives them their defaults back. Only on the bench's own stack.
     */
    void restartWorkers(java.util.Map<String, String> extraEnvironment);

    /** Processes whose CPU time the scenarios report, by name (worker-1, temporal, ...); empty for a target. */
    java.util.Map<String, Long> pids();

    /** What the table's heading says about it: "own cluster, 2 workers", or the target's URL. */
    String description();

    @Override
    void close();
}
