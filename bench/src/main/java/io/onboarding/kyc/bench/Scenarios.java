package io.onboarding.kyc.bench;

import java.util.List;

/** The scenarios {@code bin/bench} knows, by name, in the order a run without {@code --scenario} takes them. */
final class Scenarios {

    static final List<Scenario> ALL = List.of(
            new QuotaScenario(),
            new WorkerCrashScenario(),
            new StormScenario(),
            new ThroughputScenario(),
            new LatencyScenario(),
            new ApiScenario(),
            new ParkedScenario(),
            new ServerCrashScenario(),
            new DatabaseBlipScenario());
    static final List<String> NAMES = ALL.stream().map(Scenario::name).toList();

    private Scenarios() {}

    static Scenario named(String name) {
        return ALL.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
    }
}
