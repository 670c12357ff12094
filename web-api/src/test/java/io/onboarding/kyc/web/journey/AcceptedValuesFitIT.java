package io.onboarding.kyc.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.TestImages;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.hostile.HostileClient;
import io.onboarding.kyc.web.hostile.HostileClient.Answer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Whatever the API accepts must fit where it is stored: a value that does not fails the recording activity on
 * every retry, and the journey is stuck. Each test takes the longest or oddest value a rule lets through.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcceptedValuesFitIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PNG = TestImages.cardPngBase64();

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    private HostileClient client;
    /** A support key with the longest name a key may have: 64 characters. */
    private IssuedKey longestName;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    /** Keys are issued here, not in a test: a test method's transaction is rolled back, unseen by the server. */
    @BeforeAll
    void client() {
        client = new HostileClient(server.getURI(), TestKeys.productAndSupport(context, "accepted-values"));
        longestName = TestKeys.issue(context, "r".repeat(55), ApiRole.SUPPORT);
    }

    @Test
    void anAutoDocumentJourneyStartsAndIsStored() throws Exception {
        Answer started = client.postJson("/v1/journeys", start("crm-auto-1", "AUTO", "AUTO", "{}"));

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String journeyId = JSON.readTree(started.body()).path("journeyId").asText();
        assertThat(row("SELECT country || '/' || document_type FROM journey WHERE id = ?", journeyId))
                .isEqualTo("AUTO/AUTO");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> StandInJourneyWorkflow.STARTED.stream()
                        .anyMatch(r -> r.journeyId().equals(journeyId)));
        JourneyRequest request = StandInJourneyWorkflow.STARTED.stream()
                .filter(r -> r.journeyId().equals(journeyId))
                .findFirst()
                .orElseThrow();
        assertThat(request.document().country()).isEqualTo("AUTO");
    }

    @Test
    void theLongestCustomerRefIsStoredAndTheLongestNameTaken() throws Exception {
        String customerRef = "c".repeat(128);

        Answer started = client.postJson(
                "/v1/journeys", start(customerRef, "CHN", "ID_CARD", "{\"name\":\"" + "😀".repeat(64) + "\"}"));

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String journeyId = JSON.readTree(started.body()).path("journeyId").asText();
        assertThat(row("SELECT customer_ref FROM journey WHERE id = ?", journeyId))
                .isEqualTo(customerRef);
    }

    /**
     * The detail the workflow records for a review, with the longest reviewer (an API key's name, 64
     * characters) and reason the API takes.
     */
    @Test
    void theLongestReviewFitsTheTimeline() throws Exception {
        Answer started = client.postJson("/v1/journeys", start("crm-review-1", "CHN", "ID_CARD", "{}"));
        String journeyId = JSON.readTree(started.body()).path("journeyId").asText();
        String detail = "REJECT by " + "r".repeat(64) + ": " + "审".repeat(500);

        assertThatNoException().isThrownBy(() -> insertTimelineDetail(journeyId, detail));
    }

    /** The reviewer is the API key's name: a name longer than the rule is no key, and the longest one reviews. */
    @Test
    void aReviewerNameLongerThanTheRuleIsRefusedAndOneWithinItGoesToTheJourney() throws Exception {
        Answer started = client.postJson("/v1/journeys", start("crm-review-2", "CHN", "ID_CARD", "{}"));
        String review = "/v1/journeys/"
                + JSON.readTree(started.body()).path("journeyId").asText() + "/review";
        String body = "{\"decision\":\"APPROVE\",\"reason\":\"checked\"}";
        ApiKeyStore keys = context.getBean(ApiKeyStore.class);

        for (String name : List.of("r".repeat(300), "r".repeat(65))) {
            assertThatThrownBy(() -> keys.create(name, EnumSet.of(ApiRole.SUPPORT)))
                    .as(name.length() + " characters")
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(longestName.key().name()).hasSize(64);
        // within the rule, the journey itself answers: the stand-in waits for no review
        HostileClient.storingNothing(() -> client.send(
                        "POST", review, "application/json", body, Map.of(TestKeys.HEADER, longestName.secret())))
                .assertProblem(409, "journey-not-waiting", null);
    }

    private static String start(String customerRef, String country, String type, String declared) {
        return "{\"customerRef\":\"" + customerRef + "\",\"document\":{\"country\":\"" + country + "\",\"type\":\""
                + type + "\",\"front\":{\"imageBase64\":\"" + PNG + "\"}},\"declared\":" + declared + "}";
    }

    private static String row(String sql, String journeyId) throws SQLException {
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, journeyId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as(journeyId).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static void insertTimelineDetail(String journeyId, String detail) throws SQLException {
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO journey_event (journey_id, sequence, at, status, step, step_status, detail) "
                                + "VALUES (?, 1000, ?, 'RUNNING', 'REVIEW', 'PASSED', ?)")) {
            insert.setString(1, journeyId);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setString(3, detail);
            insert.executeUpdate();
        }
    }
}
