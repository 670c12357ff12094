package io.onboarding.kyc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a run measured on, as each run's section records it: figures from a shared, noisy build machine are
 * only comparable with this beside them.
 *
 * @param memory      the {@code MemTotal} line of {@code /proc/meminfo}, or "unknown"
 * @param loadAverage {@code /proc/loadavg} at the end of the run
 */
record Machine(int cores, String memory, String jdk, String os, String commit, String loadAverage) {

    static Machine here(String commit) {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal:"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                commit,
                procLine("/proc/loadavg", ""));
    }

    private static String procLine(String file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream()
                    .filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
