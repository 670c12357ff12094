package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.drill.SandboxAdmin;
import io.onboarding.kyc.sandbox.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Issue 15, item 3: what the engine adds to a journey when Tencent is as slow as it is in life. The sandbox answers
 * each action after a realistic latency ({@link #LATENCY_MS}, by its documented {@code latency} fault, which adds
 * the delay to every call of the action); each journey's wall time (its read-model row's creation to its last
 * update) is divided by the sum of those latencies over the vendor calls its audit records. Side by side, in the
 * same run and on the same machine, a direct baseline calls the same actions in sequence with the project's own
 * Tencent client and no Temporal ({@link DirectBaseline}). Goal: p50 and p99 of the journeys' ratio ≤ 1.10
 * (reported, never asserted).
 */
final class LatencyScenario implements Scenario {

    static final double GOAL = 1.10;

    /**
     * Per action, in the 300–800 ms range Tencent's eKYC answers take from outside mainland China: the OCR reads
     * an image (slowest), the authority check and the portrait comparison are lighter.
     */
    static final Map<String, Integer> LATENCY_MS = latencies();

    /** Starts per second: journeys overlap a little, as in life, without making the machine the bottleneck. */
    private static final double RATE = 2.0;

    @Override
    public String name() {
        return "latency";
    }

    @Override
    public int journeys(boolean smoke) {
        return smoke ? 10 : 200;
    }

    /** How many baseline journeys the direct client runs beside them (on identities of the run, again). */
    static int baselines(boolean smoke) {
        return smoke ? 5 : 50;
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        int count = journeys(smoke);
        List<Identity> identities = pool.take(count);
        List<String> bodies = StartBodies.render(identities, "bench-latency-" + System.currentTimeMillis());
        Workers.allRunning(stack);
        SandboxAdmin sandbox = stack.sandbox();
        sandbox.clearFaults();
        sandbox.clearCalls();
        Instant first = Instant.now();
        try {
            sandbox.addFaults(LATENCY_MS.entrySet().stream()
                    .map(e -> "{\"action\":\"" + e.getKey() + "\",\"kind\":\"latency\",\"latencyMs\":" + e.getValue()
                            + "}")
                    .collect(Collectors.joining(",", "[", "]")));
            DirectBaseline direct = new DirectBaseline(sandbox.sandboxUrl());
            // the baseline runs on its own thread while the journeys run: both see the same machine at once
            // (an identity answers the authority twice, well within its ten a day)
            CompletableFuture<List<Duration>> baseline = CompletableFuture.supplyAsync(() -> {
                List<Duration> walls = new ArrayList<>();
                for (String body : bodies.subList(0, Math.min(baselines(smoke), bodies.size()))) {
                    walls.add(direct.journey(body));
                }
                return walls;
            });
            JourneyStarter starter = new JourneyStarter(stack);
            List<String> journeys = starter.feed(bodies, RATE, -1, () -> {});
            JourneyTally tally =
                    JourneyTally.await(stack.database(), journeys, StartBodies.APPROVED, Duration.ofMinutes(5));
            List<Duration> baselineWalls = baseline.join();

            Map<String, Duration> walls = stack.database().wallTimes(journeys);
            Map<String, List<String>> calls = stack.database().vendorActions(journeys);
            List<Double> ratios = new ArrayList<>();
            List<Double> vendorSums = new ArrayList<>();
            List<Double> wallMillis = new ArrayList<>();
            for (String journey : journeys) {
                long vendor = vendorMillis(calls.getOrDefault(journey, List.of()));
                Duration wall = walls.get(journey);
                if (vendor > 0 && wall != null) {
                    ratios.add(wall.toMillis() / (double) vendor);
                    vendorSums.add((double) vendor);
                    wallMillis.add((double) wall.toMillis());
                }
            }
            long baselineVendor = vendorMillis(DirectBaseline.ACTIONS);
            List<Double> baselineRatios = baselineWalls.stream()
                    .map(wall -> wall.toMillis() / (double) baselineVendor)
                    .toList();

            List<Figure> figures = new ArrayList<>(tally.figures());
            figures.add(Figure.count("journeys measured (stopped, with vendor calls)", ratios.size()));
            figures.add(Figure.of("vendor latency per journey (sum), p50", Percentile.of(vendorSums, 50), "ms"));
            figures.add(Figure.of("journey wall time, p50", Percentile.of(wallMillis, 50), "ms"));
            figures.add(Figure.atMost("journey wall ÷ vendor latency, p50", Percentile.of(ratios, 50), "", GOAL));
            figures.add(Figure.atMost("journey wall ÷ vendor latency, p99", Percentile.of(ratios, 99), "", GOAL));
            figures.add(Figure.count("direct baseline journeys", baselineRatios.size()));
            figures.add(Figure.of("direct baseline vendor latency (sum)", (double) baselineVendor, "ms"));
            figures.add(Figure.of("direct baseline wall ÷ vendor latency, p50", Percentile.of(baselineRatios, 50), ""));
            figures.add(Figure.of("direct baseline wall ÷ vendor latency, p99", Percentile.of(baselineRatios, 99), ""));
            List<String> notes = new ArrayList<>();
            notes.add("sandbox latency per action (POST /_sandbox/faults, kind latency): " + LATENCY_MS
                    + "; journeys started at " + RATE + "/s; the baseline calls "
                    + String.join(", ", DirectBaseline.ACTIONS) + " in sequence with the project's TencentClient");
            if (starter.refused() > 0) {
                notes.add(starter.refused() + " start(s) refused by the API and not counted as journeys");
            }
            return new ScenarioResult(
                    name(), smoke, count, first, Duration.between(first, Instant.now()), figures, notes, null);
        } finally {
            sandbox.clearFaults();
        }
    }

    private static long vendorMillis(List<String> actions) {
        return actions.stream().mapToLong(a -> LATENCY_MS.getOrDefault(a, 0)).sum();
    }

    private static Map<String, Integer> latencies() {
        Map<String, Integer> latencies = new LinkedHashMap<>();
        latencies.put("RecognizeMainlandIDCardOCR", 800);
        latencies.put("IDCardOCR", 800);
        latencies.put("IdCardOCRVerification", 500);
        latencies.put("CheckIdCardInformation", 300);
        return java.util.Collections.unmodifiableMap(latencies);
    }
}
