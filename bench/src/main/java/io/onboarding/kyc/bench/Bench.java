package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.DevstackException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/bench}: runs named scenarios on Temporal's own server, on a stack of its own (the cluster launcher's
 * processes) or on a running one, prints a table per scenario, appends the run to {@code docs/benchmarks.md} and
 * writes JSON under {@code target/bench/}. A measurement, not a test: a missed goal is reported, not failed.
 * Exit status: 0 measured, 1 a scenario or the stack failed, 2 a bad argument.
 */
public final class Bench {

    private Bench() {}

    /** What a run produced: the results, and the files it wrote. */
    record Run(List<ScenarioResult> results, List<Path> json, Path markdown) {}

    static Run run(BenchOptions options) {
        List<Scenario> scenarios =
                options.scenarios().stream().map(Scenarios::named).toList();
        int identities =
                scenarios.stream().mapToInt(s -> s.journeys(options.smoke())).sum();
        IdentityPool pool = new IdentityPool(identities, options.seed());
        Path registry = pool.write(options.output().resolve("identities-" + options.seed() + ".json"));
        List<ScenarioResult> results = new ArrayList<>();
        try (Stack stack = stack(options, registry)) {
            System.out.println("bench: " + stack.description());
            for (Scenario scenario : scenarios) {
                System.out.println("bench: running " + scenario.name() + " (" + scenario.journeys(options.smoke())
                        + " journeys)...");
                ScenarioResult result = scenario.run(stack, pool, options.smoke());
                results.add(result);
                System.out.println();
                System.out.println(BenchReport.table(result));
            }
            Machine machine = Machine.here(options.environment().getOrDefault("KYC_BENCH_COMMIT", "unknown"));
            // settings that change what is measured (the workers' limits, the JVMs' options); never keys or secrets
            String settings = options.environment().entrySet().stream()
                    .filter(e ->
                            e.getKey().startsWith("KYC_WORKER_") || e.getKey().equals("CLUSTER_JAVA_OPTS"))
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            BenchReport report = new BenchReport(
                    machine,
                    stack.description() + (settings.isEmpty() ? "" : "; settings: " + settings),
                    Instant.now());
            List<Path> json = new ArrayList<>();
            for (ScenarioResult result : results) {
                json.add(report.writeJson(options.output(), result));
            }
            if (options.markdown() != null) {
                report.append(options.markdown(), results);
            }
            return new Run(results, json, options.markdown());
        }
    }

    private static Stack stack(BenchOptions options, Path registry) {
        if (!options.targets().isEmpty()) {
            System.out.println("bench: the target's sandbox must know the run's identities: start it with"
                    + " \"identities\": \"" + registry + "\" in its configuration (docs/benchmarks.md)");
            return TargetStack.of(options.targets(), options.environment(), options.root());
        }
        Map<String, String> env = options.environment();
        System.out.println("bench: starting Temporal's dev server, the sandbox, " + options.workers()
                + " worker(s) and the web API...");
        return OwnStack.start(
                options.workers(),
                env.getOrDefault("KYC_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kyc_bench_stack"),
                env.getOrDefault("KYC_DB_USER", "postgres"),
                env.getOrDefault("KYC_DB_PASSWORD", ""),
                options.root(),
                // one state directory for every run: its keys stay, so the rows earlier runs sealed stay readable
                options.output().resolve("cluster"),
                registry,
                // a server killed mid-run must find its workflows again; other runs keep the figures' in-memory server
                options.scenarios().contains(ServerCrashScenario.NAME));
    }

    public static void main(String[] args) {
        // the worker and web API jars each carry a logback.xml; the devstack's is the one for the launcher
        System.setProperty("logback.configurationFile", "devstack-logback.xml");
        System.setProperty("java.awt.headless", "true");
        Path root = Path.of(System.getProperty("kyc.bench.root", ""))
                .toAbsolutePath()
                .normalize();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, root, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Run run = run(options);
            run.json().forEach(file -> System.out.println("bench: wrote " + file));
            if (run.markdown() != null) {
                System.out.println("bench: appended the run to " + run.markdown());
            }
        } catch (DevstackException | IllegalStateException | IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
