package io.onboarding.kyc.devstack;

import static io.onboarding.kyc.devstack.BrowserScripts.browserTestsDirectory;
import static io.onboarding.kyc.devstack.BrowserScripts.chromium;
import static io.onboarding.kyc.devstack.BrowserScripts.installWhenMissing;
import static io.onboarding.kyc.devstack.BrowserScripts.onPath;
import static io.onboarding.kyc.devstack.BrowserScripts.requireTool;
import static io.onboarding.kyc.devstack.BrowserScripts.run;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
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

    private static Devstack devstack;
    private static DevstackClient client;

    /** Checked in the test rather than before all, so that a skip is reported as one, with its reason. */
    private static void startDevstack() {
        requireTool(
                Files.isExecutable(chromium()),
                "the Temporal Web UI browser test",
                "Chromium at " + chromium() + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
        requireTool(
                onPath("node").isPresent() && onPath("npm").isPresent(),
                "the Temporal Web UI browser test",
                "Node.js 20+ with npm on PATH");
        TestDatabase db = TestDatabase.shared();
        devstack = Devstack.start(DevstackSettings.forTests(db.url(), db.user(), db.password()));
        client = new DevstackClient(devstack);
        requireTool(
                devstack.temporalUiUrl().isPresent(),
                "the Temporal Web UI browser test",
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
        BrowserScripts.Run run = run(
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
}
