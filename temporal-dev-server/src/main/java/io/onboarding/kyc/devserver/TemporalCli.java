package io.onboarding.kyc.devserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds Temporal's official CLI. {@code TEMPORAL_CLI} (environment or system property) wins; otherwise the
 * project's {@code bin/temporal-cli} is asked, which uses {@code temporal} on PATH or installs the pinned
 * version into the project's git-ignored tool directory.
 */
public final class TemporalCli {

    private static final String VARIABLE = "TEMPORAL_CLI";

    private TemporalCli() {}

    /** The CLI's path, or empty when there is none and none could be installed. */
    public static Optional<Path> locate() {
        String given = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        if (given != null && !given.isBlank()) {
            Path path = Path.of(given.trim());
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return projectScript().flatMap(TemporalCli::askScript);
    }

    /** As {@link #locate()}, for callers that cannot go on without it (tests). */
    public static Path require() {
        return locate().orElseThrow(() -> new IllegalStateException(
                "Temporal's CLI was not found and could not be installed: put `temporal` on PATH, set " + VARIABLE
                        + ", or run bin/temporal-cli to see why the install fails"));
    }

    /** bin/temporal-cli of the checkout we run in: tests run in a module folder, devstack at the top. */
    private static Optional<Path> projectScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("bin").resolve("temporal-cli");
            if (Files.isExecutable(script)) {
                return Optional.of(script);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> askScript(Path script) {
        try {
            Process process = new ProcessBuilder(script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || out.isEmpty()) {
                return Optional.empty();
            }
            Path path = Path.of(out.lines().reduce((first, last) -> last).orElse(out));
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
