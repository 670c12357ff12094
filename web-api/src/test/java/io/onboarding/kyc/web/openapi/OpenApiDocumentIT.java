package io.onboarding.kyc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.contract.journey.ReviewDecision;
import io.onboarding.kyc.web.TestApplication;
import io.onboarding.kyc.web.hostile.HostileClient;
import io.onboarding.kyc.web.hostile.HostileClient.Answer;
import io.onboarding.kyc.web.journey.CancelRequest;
import io.onboarding.kyc.web.journey.JourneyResource;
import io.onboarding.kyc.web.journey.ReviewRequest;
import io.onboarding.kyc.web.journey.StartJourneyRequest;
import io.onboarding.kyc.web.journey.TestTemporal;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.Problem;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/** The hand-written OpenAPI document is served, and says what the code does. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private Map<String, Object> document;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties =
                TestApplication.properties(Base64.getEncoder().encodeToString(new byte[32]));
        properties.put("kyc.temporal.target", TestTemporal.target());
        return properties;
    }

    @BeforeAll
    void read() {
        Answer served = new HostileClient(server.getURI()).send("GET", "/openapi.yml", null, (String) null, Map.of());

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("application/yaml");
        document = new Yaml().load(served.body());
    }

    @Test
    void describesEveryRoute() {
        assertThat(map(document, "paths"))
                .containsOnlyKeys(
                        "/v1/journeys",
                        "/v1/journeys/{journeyId}",
                        "/v1/journeys/{journeyId}/documents",
                        "/v1/journeys/{journeyId}/review",
                        "/v1/journeys/{journeyId}/cancel");
        assertThat(map(document, "paths", "/v1/journeys")).containsKey("post");
        assertThat(map(document, "paths", "/v1/journeys/{journeyId}")).containsKey("get");
        for (String action : List.of("documents", "review", "cancel")) {
            assertThat(map(document, "paths", "/v1/journeys/{journeyId}/" + action))
                    .containsKey("post");
        }
    }

    @Test
    void eachRequestSchemaHasTheRecordsFieldsAndRefusesOthers() {
        Map<String, Class<?>> requests = Map.of(
                "StartJourneyRequest",
                StartJourneyRequest.class,
                "Document",
                StartJourneyRequest.DocumentPayload.class,
                "Image",
                StartJourneyRequest.ImagePayload.class,
                "Declared",
                StartJourneyRequest.DeclaredPayload.class,
                "ReviewRequest",
                ReviewRequest.class,
                "CancelRequest",
                CancelRequest.class);
        requests.forEach((schema, record) -> {
            assertThat(map(document, "components", "schemas", schema, "properties"))
                    .as(schema)
                    .containsOnlyKeys(componentNames(record));
            assertThat(map(document, "components", "schemas", schema))
                    .as(schema)
                    .containsEntry("additionalProperties", false);
        });
        assertThat(map(document, "info").get("description").toString())
                .contains("Unknown fields are refused, not ignored");
    }

    @Test
    void answersAreDescribedAsTheyAreWritten() {
        Map<String, Class<?>> answers = Map.of(
                "JourneyResource",
                JourneyResource.class,
                "StepResource",
                JourneyResource.StepResource.class,
                "Problem",
                Problem.class,
                "FieldViolation",
                FieldViolation.class);
        answers.forEach((schema, record) -> assertThat(map(document, "components", "schemas", schema, "properties"))
                .as(schema)
                .containsOnlyKeys(componentNames(record)));
    }

    @Test
    void enumsAreTheCodes() {
        List<String> countries = new ArrayList<>(List.of("CHN", "AUTO"));
        countries.addAll(ForeignCardRules.NATIONALITIES);
        assertThat(enumOf("Document", "country")).containsExactlyInAnyOrderElementsOf(countries);
        assertThat(enumOf("Document", "type")).containsExactlyInAnyOrderElementsOf(names(DocumentType.values()));
        assertThat(enumOf("ReviewRequest", "decision"))
                .containsExactlyInAnyOrderElementsOf(names(ReviewDecision.Decision.values()));
        assertThat(enumOf("JourneyResource", "status"))
                .containsExactlyInAnyOrderElementsOf(names(JourneyStatus.values()));
        assertThat(enumOf("JourneyResource", "outcome"))
                .filteredOn(o -> o != null)
                .containsExactlyInAnyOrderElementsOf(names(Outcome.values()));
    }

    private List<Object> enumOf(String schema, String property) {
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) map(document, "components", "schemas", schema, "properties", property)
                .get("enum");
        return values;
    }

    private static String[] componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toArray(String[]::new);
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> root, String... keys) {
        Map<String, Object> node = root;
        for (String key : keys) {
            assertThat(node).as(String.join(".", keys)).containsKey(key);
            node = (Map<String, Object>) node.get(key);
        }
        return node;
    }
}
