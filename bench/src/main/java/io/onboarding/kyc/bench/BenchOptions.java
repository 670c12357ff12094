package io.onboarding.kyc.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code bin/bench} was asked to do.
 *
 * @param scenarios by name, in the order given; every implemented one when none was named
 * @param targets   web API URLs of a running stack; empty: the bench starts its own
 * @param markdown  the file each run appends its section to ({@code docs/benchmarks.md}); {@code null}: none
 * @param output    where the JSON files go ({@code target/bench})
 * @param seed      the seed of the run's identities
 */
record BenchOptions(
        List<String> scenarios,
        boolean smoke,
        List<String> targets,
        int workers,
        Path root,
        Path markdown,
        Path output,
        long seed,
        Map<String, String> environment) {

    static final String USAGE = "usage: bin/bench [--scenario NAME[,NAME]] [--smoke] [--workers N] [--target URL...]"
            + "   (scenarios: " + String.join(", ", Scenarios.NAMES) + ")";

    BenchOptions {
        scenarios = List.copyOf(scenarios);
        targets = List.copyOf(targets);
        environment = Map.copyOf(environment);
    }

    static BenchOptions parse(String[] args, Path root, Map<String, String> env) {
        List<String> scenarios = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        boolean smoke = false;
        int workers = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scenario" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--scenario needs a name; " + USAGE);
                    }
                    for (String name : args[++i].split(",", -1)) {
                        if (!Scenarios.NAMES.contains(name)) {
                            throw new IllegalArgumentException("no scenario " + name + "; " + USAGE);
                        }
                        scenarios.add(name);
                    }
                }
                case "--smoke" -> smoke = true;
                case "--workers" -> {
                    try {
                        workers = Integer.parseInt(args[++i]);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--workers needs a number; " + USAGE);
                    }
                }
                case "--target" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        targets.add(args[++i].replaceAll("/+$", ""));
                    }
                    if (targets.isEmpty()) {
                        throw new IllegalArgumentException("--target needs the web API's URL; " + USAGE);
                    }
                }
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
        }
        if (scenarios.isEmpty()) {
            scenarios.addAll(Scenarios.NAMES);
        }
        long seed;
        try {
            seed = Long.parseLong(env.getOrDefault("KYC_BENCH_SEED", "15"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KYC_BENCH_SEED must be a number");
        }
        return new BenchOptions(
                scenarios,
                smoke,
                targets,
                workers,
                root,
                root.resolve("docs/benchmarks.md"),
                root.resolve("target/bench"),
                seed,
                env);
    }

    /** The same, leaving docs/benchmarks.md alone and writing elsewhere (the smoke test). */
    BenchOptions writingTo(Path markdown, Path output) {
        return new BenchOptions(scenarios, smoke, targets, workers, root, markdown, output, seed, environment);
    }
}
