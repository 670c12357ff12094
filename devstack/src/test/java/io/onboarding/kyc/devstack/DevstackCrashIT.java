package io.onboarding.kyc.devstack;

import static io.onboarding.kyc.devstack.DevstackClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.testing.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A crash of the whole devstack: {@code kill -9} of its process group, Temporal's dev server included,
 * while one journey is in the middle of a vendor call and two are parked waiting for people. Temporal's
 * state file and PostgreSQL survive; after a restart every journey gets where its sample promises, the
 * parked ones take their review or retake, and no billable answer is bought twice.
 *
 * <p>No foreign card is polled across the crash: the sandbox lives in the devstack's process and keeps
 * its card-verification tokens in memory, so it forgets them, which the real vendor would not.
 */
class DevstackCrashIT {

    /** Tencent takes its time over the authority check, so a crash lands in the middle of that call. */
    private static final String SLOW_AUTHORITY =
            "{\"action\":\"IdCardOCRVerification\",\"kind\":\"latency\",\"latencyMs\":20000}";

    private DevstackProcess devstack;

    @AfterEach
    void stop() {
        if (devstack != null) {
            devstack.stop();
        }
    }

    @Test
    void journeysInFlightAndParkedSurviveKillDashNineOfTheWholeDevstack() throws SQLException, IOException {
        TestDatabase db = TestDatabase.shared();
        devstack = new DevstackProcess(newStateDirectory(), db);
        devstack.start();
        DevstackClient client = new DevstackClient(devstack);

        String review = client.start(SampleCatalogue.WAITING_REVIEW);
        String retake = client.start(SampleCatalogue.WAITING_RETAKE);
        client.awaitStatus(review, "WAITING_REVIEW");
        client.awaitStatus(retake, "WAITING_RETAKE");
        client.sandbox("POST", "/faults", SLOW_AUTHORITY);
        String inFlight = client.start(SampleCatalogue.APPROVED);
        client.awaitStep(inFlight, "ID_VERIFICATION", "RUNNING");

        List<ProcessHandle> group = devstack.killProcessGroup();

        assertThat(group)
                .as("the JVM, the watchdog and Temporal's server")
                .hasSizeGreaterThanOrEqualTo(3)
                .noneMatch(ProcessHandle::isAlive);
        devstack.start();

        JsonNode approved = client.awaitStatus(inFlight, "COMPLETED");
        assertThat(approved.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(client.journey(review).path("status").asText()).isEqualTo("WAITING_REVIEW");
        assertThat(client.journey(retake).path("status").asText()).isEqualTo("WAITING_RETAKE");

        HttpResponse<String> decided = client.support(
                "/v1/journeys/" + review + "/review",
                "{\"decision\":\"APPROVE\",\"reason\":\"checked at the branch\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(202);
        HttpResponse<String> retaken = client.post(
                "/v1/journeys/" + retake + "/documents",
                DevstackClient.sampleFile(SampleCatalogue.RETAKE_DOCUMENT.file()));
        assertThat(retaken.statusCode()).as(retaken.body()).isEqualTo(202);
        assertThat(client.awaitStatus(review, "COMPLETED").path("outcome").asText())
                .isEqualTo("APPROVED");
        JsonNode retakeDone = client.awaitStatus(retake, "COMPLETED");
        assertThat(retakeDone.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(texts(retakeDone.path("reasons"))).isEmpty();

        for (String journey : List.of(inFlight, review, retake)) {
            assertThat(billableCallsBoughtTwice(db, journey))
                    .as("billable answers bought twice for " + journey)
                    .isEmpty();
            assertThat(client.journey(journey).path("steps").findValuesAsText("status"))
                    .doesNotContain("RUNNING");
        }
        assertThat(billableCalls(db, inFlight))
                .as("the authority check was paid once, after the restart")
                .containsEntry("IdCardOCRVerification", 1);
    }

    /**
     * The worst case the read model must survive: Temporal's state is gone after the crash (as with the
     * old in-memory server, or a lost database file). No journey may go on claiming to run or wait: the
     * reconciliation ends each one with a reason, and their timelines show no step still running.
     */
    @Test
    void journeysWhoseWorkflowsAreLostAreEndedRatherThanLeftClaimingToRun() throws IOException {
        devstack = new DevstackProcess(newStateDirectory(), TestDatabase.shared())
                .with("KYC_RECONCILE_GRACE", "1s")
                .with("KYC_RECONCILE_INITIAL_DELAY", "1s")
                .with("KYC_RECONCILE_INTERVAL", "2s");
        devstack.start();
        DevstackClient client = new DevstackClient(devstack);
        String review = client.start(SampleCatalogue.WAITING_REVIEW);
        client.awaitStatus(review, "WAITING_REVIEW");
        client.sandbox("POST", "/faults", SLOW_AUTHORITY);
        String inFlight = client.start(SampleCatalogue.APPROVED);
        client.awaitStep(inFlight, "ID_VERIFICATION", "RUNNING");

        devstack.killProcessGroup();
        DevServerTemporal.deleteState(devstack.stateDirectory());
        devstack.start();

        for (String journey : List.of(review, inFlight)) {
            JsonNode ended = client.awaitStatus(journey, "FAILED");
            assertThat(texts(ended.path("reasons"))).containsExactly("WORKFLOW_LOST");
            assertThat(ended.path("steps").findValuesAsText("status")).doesNotContain("RUNNING");
            assertThat(client.support("/v1/journeys/" + journey + "/cancel", "{}")
                            .statusCode())
                    .as("a finished journey takes no cancel")
                    .isEqualTo(409);
        }
    }

    private static Path newStateDirectory() throws IOException {
        // Under target/, so that its logs stay behind as build artefacts.
        return Files.createDirectories(Path.of("target", "crash-test", String.valueOf(System.nanoTime())))
                .toAbsolutePath();
    }

    /** (step, subject, action) answered and billed more than once. */
    private static List<String> billableCallsBoughtTwice(TestDatabase db, String journeyId) throws SQLException {
        return billableCounts(db, journeyId, "step, subject, action").entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " x" + e.getValue())
                .toList();
    }

    private static Map<String, Integer> billableCalls(TestDatabase db, String journeyId) throws SQLException {
        return billableCounts(db, journeyId, "action");
    }

    /** Billed answers of the journey counted by {@code columns} (a fixed list, never caller input), keyed by their values. */
    private static Map<String, Integer> billableCounts(TestDatabase db, String journeyId, String columns)
            throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        int width = columns.split(",").length;
        try (Connection connection = db.connect();
                PreparedStatement query = connection.prepareStatement("SELECT " + columns
                        + ", count(*) FROM vendor_call " + "WHERE journey_id = ? AND billable GROUP BY " + columns)) {
            query.setString(1, journeyId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<String> key = new ArrayList<>();
                    for (int column = 1; column <= width; column++) {
                        key.add(rows.getString(column));
                    }
                    counts.put(String.join(" ", key), rows.getInt(width + 1));
                }
            }
        }
        return counts;
    }
}
