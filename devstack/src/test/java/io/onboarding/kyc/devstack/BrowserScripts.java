package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** What the real-browser tests share: the browser-tests/ package, its npm install, Chromium, and running node. */
final class BrowserScripts {

    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);

    private BrowserScripts() {}

    /** {@code npm ci} when node_modules lacks the pinned Playwright (a fresh clone, or the pin moved). */
    static void installWhenMissing(Path browserTests) throws IOException, InterruptedException {
        String pinned = DevstackClient.json(Files.readString(browserTests.resolve("package.json")))
                .path("dependencies")
                .path("playwright-core")
                .asText();
        Path installed = browserTests.resolve("node_modules/playwright-core/package.json");
        if (Files.exists(installed)
                && DevstackClient.json(Files.readString(installed))
                        .path("version")
                        .asText()
                        .equals(pinned)) {
            return;
        }
        Run npm = run(
                browserTests,
                NPM_TIMEOUT,
                Map.of(),
                onPath("npm").orElseThrow().toString(),
                "ci",
                "--no-audit",
                "--no-fund");
        System.out.println(npm.output());
        assertThat(npm.exitCode())
                .as("npm ci in %s:%n%s", browserTests, npm.output())
                .isZero();
    }

    record Run(int exitCode, String output) {}

    static Run run(Path directory, Duration timeout, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            fail(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s; its output:\n"
                    + output.getNow("(none)"));
        }
        return new Run(process.exitValue(), output.join());
    }

    static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's {@code browser-tests/}: tests run in the module's directory, so it is one level up. */
    static Path browserTestsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("browser-tests/package.json"))) {
                return dir.resolve("browser-tests");
            }
        }
        throw new IllegalStateException(
                "browser-tests/package.json not found above " + Path.of("").toAbsolutePath());
    }

    static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Missing tools skip the test on a developer's machine and fail it in CI, where they must be installed. */
    static void requireTool(boolean present, String test, String what) {
        if (present) {
            return;
        }
        String message = test + " needs " + what;
        if (System.getenv("CI") != null) {
            fail(message + " (CI is set, so this fails rather than skips)");
        }
        System.err.println(test + " skipped: " + message);
        Assumptions.assumeTrue(false, message + "; skipped");
    }
}
