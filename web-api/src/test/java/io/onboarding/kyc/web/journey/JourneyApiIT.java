package io.onboarding.kyc.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyOutcome;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.TestImages;
import io.onboarding.kyc.web.TestKeys;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyApiIT implements TestPropertyProvider {

    private static final String PNG = TestImages.cardPngBase64();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    WorkflowClient temporal;

    @Inject
    ApplicationContext context;

    /** One key for the class, holding PRODUCT and SUPPORT: it reads the journeys it starts and may review them. */
    private String apiKey;

    /** Issued before any test: a test method's transaction is rolled back, and the server never sees it. */
    @BeforeAll
    void issueAKey() {
        apiKey = TestKeys.productAndSupport(context, "journey-api-it");
    }

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @Test
    void startsAJourneyStoresItsImagesAndPassesOnlyTheirIds() throws SQLException {
        Map<String, Object> body = request("crm-000042", "CHN", "ID_CARD", PNG, PNG);

        HttpResponse<Map<String, Object>> response = http.toBlocking()
                .exchange(keyed(HttpRequest.POST("/v1/journeys", body)), Argument.mapOf(String.class, Object.class));

        assertThat(response.code()).isEqualTo(202);
        String journeyId = (String) response.body().get("journeyId");
        assertThat(JourneyIds.isValid(journeyId)).isTrue();
        assertThat(response.header("Location")).isEqualTo("/v1/journeys/" + journeyId);
        assertThat(response.body()).containsEntry("status", "RUNNING").containsEntry("customerRef", "crm-000042");
        assertThat(response.body().get("createdAt")).asString().matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(count("SELECT count(*) FROM document WHERE journey_id = '" + journeyId + "'"))
                .isEqualTo(2);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> StandInJourneyWorkflow.STARTED.stream()
                        .anyMatch(r -> r.journeyId().equals(journeyId)));
        JourneyRequest started = StandInJourneyWorkflow.STARTED.stream()
                .filter(r -> r.journeyId().equals(journeyId))
                .findFirst()
                .orElseThrow();
        assertThat(started.document().frontDocumentId()).startsWith("doc_");
        assertThat(started.document().backDocumentId()).startsWith("doc_");
        assertThat(started.toString()).doesNotContain(PNG.substring(0, 40));
        assertThat(temporal.newUntypedWorkflowStub(JourneyIds.workflowId(journeyId))
                        .getResult(JourneyOutcome.class))
                .isEqualTo(JourneyOutcome.approved());
    }

    @Test
    void readsAJourneyBack() {
        Map<String, Object> started = http.toBlocking()
                .retrieve(
                        keyed(HttpRequest.POST("/v1/journeys", request("crm-7", "CHN", "ID_CARD", PNG, null))),
                        Argument.mapOf(String.class, Object.class));

        Map<String, Object> read = http.toBlocking()
                .retrieve(
                        keyed(HttpRequest.GET("/v1/journeys/" + started.get("journeyId"))),
                        Argument.mapOf(String.class, Object.class));

        assertThat(read)
                .containsEntry("journeyId", started.get("journeyId"))
                .containsKeys("status", "outcome", "step", "steps", "createdAt", "updatedAt");
    }

    @Test
    void reportsEveryBrokenRuleAndStartsNothing() throws SQLException {
        long before = count("SELECT count(*) FROM journey");

        HttpClientResponseException error = reject(request(" ", "FRA", "SCROLL", "not base64!!", null));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(error.getResponse().getContentType().orElseThrow().toString())
                .isEqualTo("application/problem+json");
        Map<String, Object> problem = problemOf(error);
        assertThat(problem).containsEntry("status", 422).containsKeys("type", "title", "detail");
        assertThat(violations(problem))
                .containsExactlyInAnyOrder(
                        "customerRef:required",
                        "document.country:supported-country",
                        "document.type:supported-type",
                        "document.front.imageBase64:base64");
        assertThat(count("SELECT count(*) FROM journey")).isEqualTo(before);
    }

    @Test
    void refusesBytesThatAreNotAnImage() {
        String text = Base64.getEncoder().encodeToString("just some text".getBytes(StandardCharsets.UTF_8));

        HttpClientResponseException error = reject(request("crm-1", "CHN", "ID_CARD", PNG, text));

        assertThat(violations(problemOf(error))).containsExactly("document.back.imageBase64:image-format");
    }

    @Test
    void knowsWhichCardsNeedTheirBackAndWhichDocumentsEachCountryTakes() {
        assertThat(violations(problemOf(reject(request("crm-1", "HKG", "ID_CARD", PNG, null)))))
                .containsExactly("document.back:required");
        assertThat(violations(problemOf(reject(request("crm-1", "CHN", "PASSPORT", PNG, null)))))
                .containsExactly("document.type:supported-type");
        assertThat(violations(problemOf(reject(request("crm-1", "HKG", "DRIVING_LICENSE", PNG, null)))))
                .containsExactly("document.type:supported-type");
        assertThat(violations(problemOf(reject(request("crm-1", "AUTO", "ID_CARD", PNG, null)))))
                .containsExactly("document.type:supported-type");
    }

    @Test
    void checksTheDeclaredIdNumberBeforeAnythingIsStored() throws SQLException {
        long before = count("SELECT count(*) FROM journey");
        Map<String, Object> body = new HashMap<>(request("crm-1", "CHN", "ID_CARD", PNG, null));
        body.put("declared", Map.of("name", "王芳", "idNumber", "440305199505132562"));

        assertThat(violations(problemOf(reject(body)))).containsExactly("declared.idNumber:id-number");
        assertThat(count("SELECT count(*) FROM journey")).isEqualTo(before);
    }

    @Test
    void startsAForeignCardJourney() {
        HttpResponse<Map<String, Object>> response = http.toBlocking()
                .exchange(
                        keyed(HttpRequest.POST("/v1/journeys", request("crm-9", "HKG", "ID_CARD", PNG, PNG))),
                        Argument.mapOf(String.class, Object.class));

        assertThat(response.code()).isEqualTo(202);
    }

    @Test
    void aRetakeTheJourneyDoesNotWaitForIsRefusedAndItsImagesAreNotKept() throws SQLException {
        String journeyId = startedJourney();
        long documentsBefore = count("SELECT count(*) FROM document WHERE journey_id = '" + journeyId + "'");

        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(keyed(HttpRequest.POST(
                                "/v1/journeys/" + journeyId + "/documents",
                                Map.of("country", "CHN", "type", "ID_CARD", "front", Map.of("imageBase64", PNG))))));

        assertThat(error.getStatus().getCode()).isEqualTo(409);
        assertThat(problemOf(error)).containsEntry("title", "The journey is not waiting for this");
        assertThat(count("SELECT count(*) FROM document WHERE journey_id = '" + journeyId + "'"))
                .isEqualTo(documentsBefore);
    }

    @Test
    void aRetakeMustBeOfTheSameDocument() {
        String journeyId = startedJourney();

        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(keyed(HttpRequest.POST(
                                "/v1/journeys/" + journeyId + "/documents",
                                Map.of("country", "IDN", "type", "ID_CARD", "front", Map.of("imageBase64", PNG))))));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(violations(problemOf(error))).containsExactly("document:same-document");
    }

    @Test
    void aReviewNeedsADecisionAndAReason() {
        String journeyId = startedJourney();

        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(keyed(HttpRequest.POST(
                                "/v1/journeys/" + journeyId + "/review", Map.of("decision", "MAYBE")))));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(violations(problemOf(error))).containsExactlyInAnyOrder("decision:one-of", "reason:required");
    }

    @Test
    void aReviewOfAJourneyNotWaitingForOneIsAConflict() {
        String journeyId = startedJourney();

        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(keyed(HttpRequest.POST(
                                "/v1/journeys/" + journeyId + "/review",
                                Map.of("decision", "APPROVE", "reason", "looks fine")))));

        assertThat(error.getStatus().getCode()).isEqualTo(409);
    }

    @Test
    void theWaitingStateEndpointsAnswerNotFoundForAnUnknownJourney() {
        String unknown = "/v1/journeys/" + JourneyIds.newJourneyId();
        // each with a body its route takes: a field another route takes is refused as unknown
        Map<String, Map<String, Object>> bodies = Map.of(
                "/documents", Map.of("country", "CHN", "type", "ID_CARD", "front", Map.of("imageBase64", PNG)),
                "/review", Map.of("decision", "APPROVE", "reason", "x"),
                "/cancel", Map.of("reason", "x"));
        bodies.forEach((action, body) -> {
            HttpClientResponseException error = catchThrowableOfType(
                    HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(keyed(HttpRequest.POST(unknown + action, body))));
            assertThat(error.getStatus().getCode()).as(action).isEqualTo(404);
        });
    }

    private String startedJourney() {
        Map<String, Object> started = http.toBlocking()
                .retrieve(
                        keyed(HttpRequest.POST("/v1/journeys", request("crm-5", "CHN", "ID_CARD", PNG, null))),
                        Argument.mapOf(String.class, Object.class));
        return (String) started.get("journeyId");
    }

    @Test
    void refusesAMissingDocument() {
        HttpClientResponseException error = reject(Map.of("customerRef", "crm-1"));

        assertThat(violations(problemOf(error))).containsExactly("document:required");
    }

    @Test
    void refusesABodyThatIsNotJson() {
        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(keyed(HttpRequest.POST("/v1/journeys", "{\"customerRef\": ")
                                .contentType("application/json"))));

        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(problemOf(error)).containsEntry("status", 400);
    }

    @Test
    void answersNotFoundForAnUnknownJourney() {
        HttpClientResponseException error = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(keyed(HttpRequest.GET("/v1/journeys/" + JourneyIds.newJourneyId()))));

        assertThat(error.getStatus().getCode()).isEqualTo(404);
        assertThat(problemOf(error)).containsEntry("title", "No such journey");
    }

    /** The request with this class's API key in {@code X-API-Key}. */
    private <T> MutableHttpRequest<T> keyed(MutableHttpRequest<T> request) {
        return request.header(TestKeys.HEADER, apiKey);
    }

    private HttpClientResponseException reject(Map<String, Object> body) {
        return catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(keyed(HttpRequest.POST("/v1/journeys", body))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problemOf(HttpClientResponseException error) {
        return error.getResponse().getBody(Map.class).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors"))
                .stream().map(v -> v.get("field") + ":" + v.get("rule")).toList();
    }

    private static Map<String, Object> request(
            String customerRef, String country, String type, String front, String back) {
        Map<String, Object> document = new HashMap<>();
        document.put("country", country);
        document.put("type", type);
        document.put("front", Map.of("imageBase64", front));
        if (back != null) {
            document.put("back", Map.of("imageBase64", back));
        }
        return Map.of("customerRef", customerRef, "document", document);
    }

    private static long count(String sql) throws SQLException {
        return TestDatabase.shared().count(sql);
    }
}
