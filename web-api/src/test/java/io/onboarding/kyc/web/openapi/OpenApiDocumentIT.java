package io.onboarding.kyc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.contract.journey.ReviewDecision;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.web.TestApplication;
import io.onboarding.kyc.web.auth.ApiKeyTokenReader;
import io.onboarding.kyc.web.auth.KeyController;
import io.onboarding.kyc.web.auth.KeyRequest;
import io.onboarding.kyc.web.auth.KeyResource;
import io.onboarding.kyc.web.hostile.HostileClient;
import io.onboarding.kyc.web.hostile.HostileClient.Answer;
import io.onboarding.kyc.web.journey.CancelRequest;
import io.onboarding.kyc.web.journey.IdempotentRequest;
import io.onboarding.kyc.web.journey.JourneyController;
import io.onboarding.kyc.web.journey.JourneyResource;
import io.onboarding.kyc.web.journey.ReviewRequest;
import io.onboarding.kyc.web.journey.StartJourneyForm;
import io.onboarding.kyc.web.journey.StartJourneyRequest;
import io.onboarding.kyc.web.journey.TestTemporal;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.Problem;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** An operation's description starts by naming the roles it needs: "Role: X." or "Roles: X or Y.". */
    private static final Pattern ROLES = Pattern.compile("^Roles?: ([A-Z_]+(?: or [A-Z_]+)*)");

    private String served;
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
        this.served = served.body();
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
                        "/v1/journeys/{journeyId}/cancel",
                        "/v1/api-keys",
                        "/v1/api-keys/{keyId}",
                        "/v1/api-keys/{keyId}/revoke");
        assertThat(map(document, "paths", "/v1/journeys")).containsKey("post");
        assertThat(map(document, "paths", "/v1/api-keys")).containsKeys("post", "get");
        assertThat(map(document, "paths", "/v1/api-keys/{keyId}")).containsKey("get");
        assertThat(map(document, "paths", "/v1/api-keys/{keyId}/revoke")).containsKey("post");
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
                "StartJourneyForm",
                StartJourneyForm.class,
                "DocumentFields",
                StartJourneyForm.DocumentFields.class,
                "ReviewRequest",
                ReviewRequest.class,
                "CancelRequest",
                CancelRequest.class,
                "KeyRequest",
                KeyRequest.class);
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
                FieldViolation.class,
                "KeyResource",
                KeyResource.class);
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
        assertThat(enumOf("DocumentFields", "country")).containsExactlyInAnyOrderElementsOf(countries);
        assertThat(enumOf("DocumentFields", "type")).containsExactlyInAnyOrderElementsOf(names(DocumentType.values()));
        assertThat(enumOf("ReviewRequest", "decision"))
                .containsExactlyInAnyOrderElementsOf(names(ReviewDecision.Decision.values()));
        assertThat(enumOf("JourneyResource", "status"))
                .containsExactlyInAnyOrderElementsOf(names(JourneyStatus.values()));
        assertThat(enumOf("JourneyResource", "outcome"))
                .filteredOn(o -> o != null)
                .containsExactlyInAnyOrderElementsOf(names(Outcome.values()));
        @SuppressWarnings("unchecked")
        List<Object> requested =
                (List<Object>) map(document, "components", "schemas", "KeyRequest", "properties", "roles", "items")
                        .get("enum");
        assertThat(requested).containsExactlyInAnyOrderElementsOf(names(ApiRole.values()));
        @SuppressWarnings("unchecked")
        List<Object> shown =
                (List<Object>) map(document, "components", "schemas", "KeyResource", "properties", "roles", "items")
                        .get("enum");
        assertThat(shown).containsExactlyInAnyOrderElementsOf(names(ApiRole.values()));
    }

    @Test
    void everyOperationNeedsAnApiKeyAndMayBeRefused401Or403() {
        assertThat(map(document, "components", "securitySchemes", "apiKey"))
                .containsEntry("type", "apiKey")
                .containsEntry("in", "header")
                .containsEntry("name", ApiKeyTokenReader.HEADER);
        for (String refusal : List.of("Unauthenticated", "Forbidden")) {
            assertThat(map(document, "components", "responses", refusal, "content"))
                    .containsOnlyKeys("application/problem+json");
        }
        operations().forEach((operation, node) -> {
            assertThat(node.get("security")).as(operation).isEqualTo(List.of(Map.of("apiKey", List.of())));
            assertThat(map(node, "responses", "401"))
                    .as(operation)
                    .containsEntry("$ref", "#/components/responses/Unauthenticated");
            assertThat(map(node, "responses", "403"))
                    .as(operation)
                    .containsEntry("$ref", "#/components/responses/Forbidden");
        });
        assertThat(served).doesNotContain("X-Reviewer-Id");
    }

    /** The roles each operation's description names are the ones its controller method is secured with. */
    @Test
    void eachOperationNamesTheRolesItsRouteIsSecuredWith() {
        Map<String, Set<String>> secured = new HashMap<>();
        for (Class<?> controller : List.of(JourneyController.class, KeyController.class)) {
            String base = controller.getAnnotation(Controller.class).value();
            Secured classRoles = controller.getAnnotation(Secured.class);
            for (Method method : controller.getDeclaredMethods()) {
                String verb;
                String uri;
                if (method.isAnnotationPresent(Post.class)) {
                    verb = "post";
                    uri = uri(
                            method.getAnnotation(Post.class).value(),
                            method.getAnnotation(Post.class).uri());
                } else if (method.isAnnotationPresent(Get.class)) {
                    verb = "get";
                    uri = uri(
                            method.getAnnotation(Get.class).value(),
                            method.getAnnotation(Get.class).uri());
                } else {
                    continue;
                }
                Secured roles =
                        method.isAnnotationPresent(Secured.class) ? method.getAnnotation(Secured.class) : classRoles;
                assertThat(roles).as(verb + " " + base + uri).isNotNull();
                secured.put(verb + " " + base + uri, Set.of(roles.value()));
            }
        }
        Map<String, Set<String>> described = new HashMap<>();
        operations().forEach((operation, node) -> {
            String description = String.valueOf(node.get("description"));
            Matcher named = ROLES.matcher(description);
            assertThat(named.find()).as(operation + ": " + description).isTrue();
            described.put(operation, Set.of(named.group(1).split(" or ")));
        });
        assertThat(described).isEqualTo(secured);
    }

    @Test
    void aStartMayCarryAnIdempotencyKey() {
        Map<String, Object> start = map(document, "paths", "/v1/journeys", "post");
        assertThat(start.get("parameters"))
                .isEqualTo(List.of(Map.of("$ref", "#/components/parameters/IdempotencyKey")));
        assertThat(map(document, "components", "parameters", "IdempotencyKey"))
                .containsEntry("name", IdempotentRequest.HEADER)
                .containsEntry("in", "header")
                .containsEntry("required", false);
        assertThat(map(start, "responses", "200")).containsEntry("$ref", "#/components/responses/IdempotentReplay");
        assertThat(map(document, "components", "responses", "IdempotentReplay", "headers"))
                .containsOnlyKeys("Location", "Idempotent-Replayed");
        assertThat(map(start, "responses", "409")).containsEntry("$ref", "#/components/responses/IdempotencyKeyReused");
    }

    /** Every operation, as "verb path". */
    private Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new HashMap<>();
        map(document, "paths").forEach((path, item) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> methods = (Map<String, Object>) item;
            methods.forEach((verb, operation) -> {
                if (!verb.equals("parameters")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> node = (Map<String, Object>) operation;
                    operations.put(verb + " " + path, node);
                }
            });
        });
        return operations;
    }

    private static String uri(String value, String uri) {
        String given = uri.isEmpty() || uri.equals("/") ? value : uri;
        return given.equals("/") ? "" : given;
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
