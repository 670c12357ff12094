package io.onboarding.kyc.bench;

/**
 * A named benchmark or fault drill. It runs on a {@link Stack} that is already up, with journeys over
 * identities it draws from the run's {@link IdentityPool}, and leaves the stack as it found it (faults cleared,
 * every worker running), so scenarios can follow one another in one run.
 */
public interface Scenario {

    /** The name {@code --scenario} takes, and the JSON file's prefix. */
    String name();

    /** How many journeys (and so distinct identities) it starts: the count, or the smoke count. */
    int journeys(boolean smoke);

    ScenarioResult run(Stack stack, IdentityPool identities, boolean smoke);
}
