package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.drill.JourneyDatabase;
import io.onboarding.kyc.devstack.drill.JourneyDatabase.JourneyState;
import io.onboarding.kyc.devstack.samples.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a scenario's journeys ended, from the read model, once they have all stopped working or the patience ran
 * out: ended as promised, ended otherwise, stuck (still working) and lost (started, but the read model has no row).
 *
 * @param lastStopped when the last of them stopped (its row's last update), or {@code null} if none did
 */
record JourneyTally(
        int started, int asPromised, int otherwise, int stuck, int lost, Instant lastStopped, Duration waited) {

    /**
     * Polls the read model every half second until every journey has stopped working or {@code patience} has
     * passed, then counts.
     */
    static JourneyTally await(
            JourneyDatabase database, Collection<String> journeys, Sample.Expected expected, Duration patience) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(patience);
        Map<String, JourneyState> states = database.states(journeys);
        while (!allStopped(states, journeys) && Instant.now().isBefore(deadline)) {
            JourneyStarter.sleep(500);
            states = database.states(journeys);
        }
        int asPromised = 0;
        int otherwise = 0;
        int stuck = 0;
        int lost = 0;
        Instant last = null;
        for (String journey : journeys) {
            JourneyState state = states.get(journey);
            if (state == null) {
                lost++;
            } else if (!state.stopped()) {
                stuck++;
            } else {
                if (state.status().equals(expected.status())
                        && (expected.waits() || expected.outcome().equals(state.outcome()))) {
                    asPromised++;
                } else {
                    otherwise++;
                }
                if (state.updatedAt() != null
                        && (last == null || state.updatedAt().isAfter(last))) {
                    last = state.updatedAt();
                }
            }
        }
        return new JourneyTally(
                journeys.size(), asPromised, otherwise, stuck, lost, last, Duration.between(begin, Instant.now()));
    }

    private static boolean allStopped(Map<String, JourneyState> states, Collection<String> journeys) {
        return states.size() == journeys.size() && states.values().stream().allMatch(JourneyState::stopped);
    }

    /** The tally's rows, as every drill reports them. */
    List<Figure> figures() {
        return List.of(
                Figure.count("journeys started", started),
                Figure.count("completed with the correct outcome", asPromised),
                Figure.count("completed with another outcome", otherwise),
                Figure.atMost("lost", lost, "", 0),
                Figure.atMost("stuck", stuck, "", 0));
    }
}
