package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import io.onboarding.kyc.devstack.drill.SandboxAdmin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Issue 15, item 2: how many journeys a second the engine carries end to end when no quota holds it back (the
 * sandbox's quotas lifted through its admin API, the workers' per-second limits lifted through their {@code
 * KYC_WORKER_*_PER_SECOND}), and what a journey costs in CPU in each worker and in the Temporal server; once with
 * platform threads and once with virtual threads ({@code KYC_WORKER_VIRTUAL_THREADS}) on a JDK that has them (21+:
 * this one, or {@code KYC_BENCH_VT_JAVA_HOME}, or the newest under /usr/lib/jvm). Each row restarts the workers
 * with its settings; at the end they are restarted with the launcher's and the quotas reset. Goal: 50 journeys a
 * second on 2 cores (reported, never asserted). Only on the bench's own stack: it restarts workers.
 */
final class ThroughputScenario implements Scenario {

    static final double GOAL_PER_SECOND = 50;

    /** Starts in flight at once: enough that the intake is not what a row measures, few enough for 2 cores. */
    private static final int CONNECTIONS = 16;

    /** The workers' per-second limits, far above anything 2 cores reach: in effect none. */
    private static final Map<String, String> LIFTED = Map.of(
            "KYC_WORKER_OCR_PER_SECOND", "10000",
            "KYC_WORKER_FACEID_PER_SECOND", "10000",
            "KYC_WORKER_CARD_VERIFICATION_PER_SECOND", "10000");

    /** One measured configuration of the workers. */
    record Row(String label, boolean virtualThreads, Path javaHome) {

        Map<String, String> environment() {
            Map<String, String> env = new LinkedHashMap<>(LIFTED);
            env.put("KYC_WORKER_VIRTUAL_THREADS", String.valueOf(virtualThreads));
            return env;
        }
    }

    @Override
    public String name() {
        return "throughput";
    }

    /** Per row; a run has up to {@link #MOST_ROWS} rows. */
    static int perRow(boolean smoke) {
        return smoke ? 20 : 500;
    }

    static final int MOST_ROWS = 3;

    @Override
    public int journeys(boolean smoke) {
        return smoke ? perRow(true) : MOST_ROWS * perRow(false);
    }

    /**
     * Platform threads on the stack's JDK first; then, on a JDK with virtual threads, virtual threads, and (when
     * that JDK is another one) platform threads on it too, so the threads are compared on one JDK. A smoke run
     * measures one row, the last, to keep the workers' restarts (each some 30 s on 2 cores) few.
     */
    static List<Row> rows(Jdk current, Optional<Jdk> newer, boolean smoke) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(current.label() + ", platform threads", false, null));
        newer.ifPresent(jdk -> {
            if (jdk.home() != null) {
                rows.add(new Row(jdk.label() + ", platform threads", false, jdk.home()));
            }
            rows.add(new Row(jdk.label() + ", virtual threads", true, jdk.home()));
        });
        return smoke ? List.of(rows.get(rows.size() - 1)) : rows;
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        if (stack.workers().isEmpty()) {
            return ScenarioResult.skipped(
                    name(), smoke, journeys(smoke), "needs the bench's own stack (it restarts the workers)");
        }
        Optional<Jdk> newer = Jdk.withVirtualThreads(System.getenv());
        List<Row> rows = rows(Jdk.current(), newer, smoke);
        Instant begin = Instant.now();
        Workers.allRunning(stack);
        SandboxAdmin sandbox = stack.sandbox();
        sandbox.clearFaults();
        Map<String, Integer> documented = sandbox.quotas();
        List<Figure> perRow = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int started = 0;
        int asPromised = 0;
        int otherwise = 0;
        int stuck = 0;
        int lost = 0;
        try {
            // every action with a quota of its own, and the rest ("*"): 0 is no limit
            sandbox.setQuotas(documented.keySet().stream()
                    .map(action -> "\"" + action + "\": 0")
                    .collect(Collectors.joining(", ", "{", "}")));
            for (Row row : rows) {
                List<String> bodies =
                        StartBodies.render(pool.take(perRow(smoke)), "bench-throughput-" + System.currentTimeMillis());
                Duration restart = WorkerRestart.with(stack, row.environment(), row.javaHome());
                notes.add(row.label() + ": workers restarted in " + restart.toSeconds() + " s");
                JourneyTally tally = measure(stack, row, bodies, perRow);
                started += tally.started();
                asPromised += tally.asPromised();
                otherwise += tally.otherwise();
                stuck += tally.stuck();
                lost += tally.lost();
            }
        } finally {
            sandbox.resetQuotas();
            WorkerRestart.toDefaults(stack);
        }
        if (newer.isEmpty()) {
            perRow.add(Figure.atLeast("[virtual threads] journeys per second end to end", Double.NaN, "/s", 50));
            notes.add("virtual threads: skipped, this JVM is " + Jdk.current().label()
                    + " and no JDK 21 or newer was found (at KYC_BENCH_VT_JAVA_HOME, or under /usr/lib/jvm when it is"
                    + " unset)");
        }
        notes.add("quotas lifted: the sandbox's (PUT /_sandbox/quotas, every action 0, then DELETE) and the workers'"
                + " (KYC_WORKER_*_PER_SECOND=10000); journeys started over " + CONNECTIONS + " connections; CPU per"
                + " journey includes the restarted workers' JIT warm-up");
        List<Figure> figures = new ArrayList<>(
                new JourneyTally(started, asPromised, otherwise, stuck, lost, null, Duration.ZERO).figures());
        figures.addAll(perRow);
        return new ScenarioResult(
                name(), smoke, started, begin, Duration.between(begin, Instant.now()), figures, notes, null);
    }

    /** One row: every body started at once, the tally awaited, the rate and the CPU per process reported. */
    private static JourneyTally measure(Stack stack, Row row, List<String> bodies, List<Figure> figures) {
        Map<String, Long> pids = stack.pids();
        Map<String, Double> cpuBefore = Cpu.snapshot(pids);
        JourneyStarter starter = new JourneyStarter(stack);
        Instant first = Instant.now();
        List<String> journeys = starter.startAll(bodies, CONNECTIONS);
        Instant allStarted = Instant.now();
        JourneyTally tally = JourneyTally.await(
                stack.database(),
                journeys,
                StartBodies.APPROVED,
                Duration.ofSeconds(Math.max(180, 2L * bodies.size())));
        Map<String, Double> cpuAfter = Cpu.snapshot(pids);
        double took = tally.lastStopped() == null
                ? Double.NaN
                : Math.max(1, Duration.between(first, tally.lastStopped()).toMillis()) / 1000.0;
        String tag = "[" + row.label() + "] ";
        figures.add(Figure.count(tag + "journeys completed with the correct outcome", tally.asPromised()));
        figures.add(Figure.of(
                tag + "starts per second over HTTP",
                journeys.size()
                        / Math.max(0.001, Duration.between(first, allStarted).toMillis() / 1000.0),
                "/s"));
        figures.add(Figure.atLeast(
                tag + "journeys per second end to end", tally.asPromised() / took, "/s", GOAL_PER_SECOND));
        for (Figure cpu : Cpu.figures(cpuBefore, cpuAfter, journeys.size())) {
            figures.add(new Figure(tag + cpu.name(), cpu.value(), cpu.unit(), cpu.goal(), cpu.met()));
        }
        if (starter.refused() > 0) {
            figures.add(Figure.count(tag + "starts refused by the API", starter.refused()));
        }
        figures.add(Figure.count(
                tag + "workflow tasks failed as potential deadlocks (TMPRL1101, worker logs)",
                stack.workers().stream()
                        .mapToLong(ThroughputScenario::deadlocksSinceStart)
                        .sum()));
        return tally;
    }

    /**
     * Temporal's "workflow thread didn't yield control for over 1 s" in a worker's log since its last start: each
     * fails a workflow task, which the server retries, so journeys still end well but late and at a CPU cost.
     */
    private static long deadlocksSinceStart(ClusterProcess worker) {
        try {
            List<String> lines = Files.readAllLines(worker.log(), StandardCharsets.UTF_8);
            int start = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("---- cluster: starting")) {
                    start = i;
                }
            }
            return lines.subList(start, lines.size()).stream()
                    .filter(line -> line.startsWith("Caused by: ") && line.contains("PotentialDeadlockException"))
                    .count();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
