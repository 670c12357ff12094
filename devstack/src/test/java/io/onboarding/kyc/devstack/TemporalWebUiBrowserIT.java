package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.devstack.samples.SampleImage;
import io.onboarding.kyc.testing.TestDatabase;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Temporal Web UI as an on-call engineer uses it, in a real browser: {@code browser-tests/temporal-ui.mjs}
 * (Playwright driving Debian's Chromium) finds three journeys by search attribute, reads one decoded through
 * the web API's codec endpoint, sees it still encrypted from an origin the codec endpoint refuses, and finds no
 * customer's name, ID number or reference on any page. Screenshots go to {@code target/browser-screenshots/}.
 *
 * <p>Needs Chromium ({@code apt-get install -y chromium}), Node.js with npm, and Temporal's CLI (its dev server
 * serves the UI). Without them the test is skipped, except in CI (the {@code CI} variable set), where it fails.
 */
class TemporalWebUiBrowserIT {

    private static final String VERIFY = "IdCardOCRVerification";
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);

    private static Devstack devstack;
    private static DevstackClient client;

    /** Checked in the test rather than before all, so that a skip is reported as one, with its reason. */
    private static void startDevstack() {
        requireTool(
                Files.isExecutable(chromium()),
                "Chromium at " + chromium() + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
        requireTool(onPath("node").isPresent() && onPath("npm").isPresent(), "Node.js 20+ with npm on PATH");
        TestDatabase db = TestDatabase.shared();
        devstack = Devstack.start(DevstackSettings.forTests(db.url(), db.user(), db.password()));
        client = new DevstackClient(devstack);
        requireTool(
                devstack.temporalUiUrl().isPresent(),
                "Temporal's CLI (bin/temporal-cli installs it): the Java test server fallback has no Web UI");
    }

    @AfterAll
    static void stopDevstack() {
        if (devstack != null) {
            devstack.close();
        }
    }

    @Test
    void anEngineerFindsJourneysBySearchAttributeAndReadsThemDecodedOnlyFromTheAllowedOrigin() throws Exception {
        startDevstack();

        // Two journeys that get where their samples say, before the vendor breaks...
        String approved = client.start(SampleCatalogue.APPROVED);
        String waitingReview = client.start(SampleCatalogue.WAITING_REVIEW);
        assertThat(client.awaitStatus(approved, "COMPLETED").path("outcome").asText())
                .isEqualTo("APPROVED");
        client.awaitStatus(waitingReview, "WAITING_REVIEW");

        // ...and one stuck behind a vendor outage with no end: the authority check fails and is retried.
        client.sandbox(
                "POST", "/faults", "{\"action\":\"" + VERIFY + "\",\"kind\":\"error\",\"code\":\"InternalError\"}");
        String retrying = client.start(SampleCatalogue.APPROVED);
        awaitRetrying(retrying);

        Path browserTests = browserTestsDirectory();
        installWhenMissing(browserTests);
        Path screenshots = cleanScreenshotDirectory();
        String ui = devstack.temporalUiUrl().orElseThrow();
        // The codec endpoint allows exactly the UI's own origin; the same UI by another name is refused.
        String refused = ui.replace("://127.0.0.1:", "://localhost:");
        assertThat(refused).as("the UI's URL names 127.0.0.1").isNotEqualTo(ui);

        Map<String, String> environment = Map.of(
                "TEMPORAL_UI_URL", ui,
                "TEMPORAL_UI_REFUSED_URL", refused,
                "TEMPORAL_NAMESPACE", "default",
                "APPROVED_WORKFLOW_ID", JourneyIds.workflowId(approved),
                "WAITING_REVIEW_WORKFLOW_ID", JourneyIds.workflowId(waitingReview),
                "RETRYING_WORKFLOW_ID", JourneyIds.workflowId(retrying),
                "SECRETS", String.join("\n", secretsOf(SampleCatalogue.APPROVED, SampleCatalogue.WAITING_REVIEW)),
                "SCREENSHOT_DIR", screenshots.toString(),
                "CHROMIUM_PATH", chromium().toString());
        Run run = run(
                browserTests,
                SCRIPT_TIMEOUT,
                environment,
                onPath("node").orElseThrow().toString(),
                "temporal-ui.mjs");

        System.out.println(run.output());
        assertThat(run.exitCode())
                .as("node temporal-ui.mjs exit status; its output:%n%s", run.output())
                .isZero();
        try (Stream<Path> shots = Files.list(screenshots)) {
            // its own seven; the support console's test keeps its screenshots in the same directory
            assertThat(shots.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\d{2}-.*\\.png")))
                    .hasSize(7);
        }
    }

    /** Waits until the journey is at ID_VERIFICATION and its vendor call has failed at least once and is retried. */
    private static void awaitRetrying(String journeyId) {
        WorkflowServiceStubs stubs = devstack.application().getBean(WorkflowServiceStubs.class);
        DescribeWorkflowExecutionRequest describe = DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace("default")
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(JourneyIds.workflowId(journeyId)))
                .build();
        Awaitility.await("journey " + journeyId + " retrying " + VERIFY)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonNode journey = client.journey(journeyId);
                    List<PendingActivityInfo> pending = stubs.blockingStub()
                            .describeWorkflowExecution(describe)
                            .getPendingActivitiesList();
                    return "RUNNING".equals(journey.path("status").asText())
                            && "ID_VERIFICATION".equals(journey.path("step").asText())
                            && pending.stream()
                                    .anyMatch(activity -> activity.getAttempt() >= 2
                                            && activity.getActivityType()
                                                    .getName()
                                                    .equals("VerifyNameAndIdNumber"));
                });
        assertThat(devstack.sandbox().ledger().calls())
                .anyMatch(call -> call.action().equals(VERIFY));
    }

    /** What no page may show: the customers' names, ID numbers and addresses, and the products' references. */
    private static List<String> secretsOf(Sample... samples) {
        List<String> secrets = new ArrayList<>();
        for (Sample sample : samples) {
            SampleImage.Mainland front = (SampleImage.Mainland) sample.front();
            secrets.add(front.card().name());
            secrets.add(front.card().idNumber());
            secrets.add(front.card().address());
            secrets.add(sample.customerRef());
        }
        return secrets;
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

    /** Removes this test's own screenshots ({@code NN-….png}); the console test keeps its own beside them. */
    private static Path cleanScreenshotDirectory() throws IOException {
        if (Files.exists(SCREENSHOTS)) {
            try (Stream<Path> old = Files.list(SCREENSHOTS)) {
                for (Path path : old.filter(p -> p.getFileName().toString().matches("\\d{2}-.*\\.png"))
                        .toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(SCREENSHOTS);
        return SCREENSHOTS.toAbsolutePath();
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
        String message = "the Temporal Web UI browser test needs " + what;
        if (System.getenv("CI") != null) {
            fail(message + " (CI is set, so this fails rather than skips)");
        }
        System.err.println("TemporalWebUiBrowserIT skipped: " + message);
        Assumptions.assumeTrue(false, message + "; skipped");
    }
}
