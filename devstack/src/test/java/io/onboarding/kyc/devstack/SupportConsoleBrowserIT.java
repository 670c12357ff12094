package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.devstack.samples.SampleImage;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The support console ({@code /console}) as support staff use it, in a real browser: {@code
 * browser-tests/console.mjs} (Playwright driving Debian's Chromium) signs in with devstack's support key, finds a
 * journey parked for review by its customer reference, reads its timeline, claims and approves it; is refused the
 * search with the product key; and, with a support key lacking PII_READ, sees no name, ID number or image.
 * Screenshots go to {@code target/browser-screenshots/console-*.png}.
 *
 * <p>Needs Chromium ({@code apt-get install -y chromium}) and Node.js with npm. Without them the test is skipped,
 * except in CI (the {@code CI} variable set), where it fails.
 */
class SupportConsoleBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);

    private static Devstack devstack;

    @AfterAll
    static void stopDevstack() {
        if (devstack != null) {
            devstack.close();
        }
    }

    @Test
    void supportStaffFindReviewAndApproveAJourneyAndSeeOnlyWhatTheirKeyAllows() throws Exception {
        requireTool(
                Files.isExecutable(chromium()),
                "Chromium at " + chromium() + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
        requireTool(onPath("node").isPresent() && onPath("npm").isPresent(), "Node.js 20+ with npm on PATH");
        TestDatabase db = TestDatabase.shared();
        devstack = Devstack.start(DevstackSettings.forTests(db.url(), db.user(), db.password()));
        DevstackClient client = new DevstackClient(devstack);

        // A journey parked for review, under a reference no other run shares, started as a product flow would.
        String customerRef = "console-" + UUID.randomUUID().toString().substring(0, 13);
        ObjectNode body =
                (ObjectNode) DevstackClient.json(DevstackClient.sampleFile(SampleCatalogue.WAITING_REVIEW.file()));
        body.put("customerRef", customerRef);
        HttpResponse<String> started = client.post("/v1/journeys", DevstackClient.JSON.writeValueAsString(body));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String journeyId = DevstackClient.json(started.body()).path("journeyId").asText();
        client.awaitStatus(journeyId, "WAITING_REVIEW");

        // A reviewer's key that does not hold PII_READ, issued through the store as bin/kyc-keys would.
        String noPiiKey = devstack.application()
                .getBean(ApiKeyStore.class)
                .create("console-no-pii-" + UUID.randomUUID().toString().substring(0, 8), Set.of(ApiRole.SUPPORT))
                .secret();

        SampleImage.Mainland front = (SampleImage.Mainland) SampleCatalogue.WAITING_REVIEW.front();
        Path browserTests = browserTestsDirectory();
        installWhenMissing(browserTests);
        Path screenshots = cleanScreenshots();
        Map<String, String> environment = Map.of(
                "CONSOLE_URL", devstack.webUrl() + "/console",
                "JOURNEY_ID", journeyId,
                "CUSTOMER_REF", customerRef,
                "SUPPORT_KEY", devstack.apiKeys().secret(DevstackKeys.Seat.SUPPORT),
                "PRODUCT_KEY", devstack.apiKeys().secret(DevstackKeys.Seat.PRODUCT),
                "NO_PII_KEY", noPiiKey,
                "SECRETS", String.join("\n", front.card().name(), front.card().idNumber()),
                "SCREENSHOT_DIR", screenshots.toString(),
                "CHROMIUM_PATH", chromium().toString());
        Run run = run(
                browserTests,
                SCRIPT_TIMEOUT,
                environment,
                onPath("node").orElseThrow().toString(),
                "console.mjs");

        System.out.println(run.output());
        assertThat(run.exitCode())
                .as("node console.mjs exit status; its output:%n%s", run.output())
                .isZero();
        // What the browser did, the API saw: approved by the support key's reviewer.
        assertThat(client.journey(journeyId).path("outcome").asText()).isEqualTo("APPROVED");
        try (Stream<Path> shots = Files.list(screenshots)) {
            assertThat(shots.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("console-")))
                    .hasSize(10)
                    .allMatch(name -> name.endsWith(".png"));
        }
    }

    /** Removes this test's screenshots of an earlier run only: other browser tests keep theirs in the same place. */
    private static Path cleanScreenshots() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (Stream<Path> old = Files.list(SCREENSHOTS)) {
            for (Path path : old.filter(p -> p.getFileName().toString().startsWith("console-"))
                    .toList()) {
                Files.delete(path);
            }
        }
        return SCREENSHOTS.toAbsolutePath();
    }

    /** {@code npm ci} when node_modules lacks the pinned Playwright (a fresh clone, or the pin moved). */
    private static void installWhenMissing(Path browserTests) throws IOException, InterruptedException {
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

    private record Run(int exitCode, String output) {}

    private static Run run(Path directory, Duration timeout, Map<String, String> environment, String... command)
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

    private static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's {@code browser-tests/}: tests run in the module's directory, so it is one level up. */
    private static Path browserTestsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("browser-tests/package.json"))) {
                return dir.resolve("browser-tests");
            }
        }
        throw new IllegalStateException(
                "browser-tests/package.json not found above " + Path.of("").toAbsolutePath());
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Missing tools skip the test on a developer's machine and fail it in CI, where they must be installed. */
    private static void requireTool(boolean present, String what) {
        if (present) {
            return;
        }
        String message = "the support console browser test needs " + what;
        if (System.getenv("CI") != null) {
            fail(message + " (CI is set, so this fails rather than skips)");
        }
        System.err.println("SupportConsoleBrowserIT skipped: " + message);
        Assumptions.assumeTrue(false, message + "; skipped");
    }
}
