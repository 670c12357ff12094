package io.onboarding.kyc.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one scenario measured: its figures in the order the table shows them, and notes that explain a figure
 * (never names, ID numbers or images).
 *
 * @param journeys how many journeys the scenario started (or meant to, when it was skipped)
 * @param skipped  why it did not run on this stack, or {@code null}
 */
public record ScenarioResult(
        String scenario,
        boolean smoke,
        int journeys,
        Instant started,
        Duration took,
        List<Figure> figures,
        List<String> notes,
        String skipped) {

    public ScenarioResult {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    public static ScenarioResult skipped(String scenario, boolean smoke, int journeys, String why) {
        return new ScenarioResult(scenario, smoke, journeys, Instant.now(), Duration.ZERO, List.of(), List.of(), why);
    }

    public java.util.Optional<Figure> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
