package io.onboarding.kyc.devstack;

import static io.onboarding.kyc.devstack.BrowserScripts.browserTestsDirectory;
import static io.onboarding.kyc.devstack.BrowserScripts.chromium;
import static io.onboarding.kyc.devstack.BrowserScripts.installWhenMissing;
import static io.onboarding.kyc.devstack.BrowserScripts.onPath;
import static io.onboarding.kyc.devstack.BrowserScripts.requireTool;
import static io.onboarding.kyc.devstack.BrowserScripts.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.devstack.samples.SampleImage;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.testing.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
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
                "the support console browser test",
                "Chromium at " + chromium() + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
        requireTool(
                onPath("node").isPresent() && onPath("npm").isPresent(),
                "the support console browser test",
                "Node.js 20+ with npm on PATH");
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
        BrowserScripts.Run run = run(
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
}
