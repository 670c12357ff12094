package io.onboarding.kyc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.contract.journey.ReviewDecision;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.auth.KeyRequest;
import io.onboarding.kyc.web.journey.CancelRequest;
import io.onboarding.kyc.web.journey.ReviewRequest;
import io.onboarding.kyc.web.journey.StartJourneyForm;
import io.onboarding.kyc.web.journey.StartJourneyRequest;
import io.onboarding.kyc.web.journey.TestTemporal;
import io.onboarding.kyc.web.openapi.Exchange.Answer;
import io.onboarding.kyc.web.problem.FieldViolation;
import io.onboarding.kyc.web.problem.Problem;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The OpenAPI document the build generates is served, and tells the truth about the running application: every
 * route is in it and every operation in it is a route; the request schemas have the bound records' fields; and
 * real requests, one or more per operation and kind of answer, get a status the operation documents, with the
 * content type it documents for that status.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractIT implements TestPropertyProvider {

    /**
     * An operation's description starts by naming the roles it needs: "Role: X.", "Roles: X or Y." or, where one key
     * must hold both (the route is secured for either and checks the other itself), "Roles: X and Y.".
     */
    private static final Pattern ROLES = Pattern.compile("^Roles?: ([A-Z_]+(?: (?:or|and) [A-Z_]+)*)");

    private static final String UNKNOWN_JOURNEY = "jny_00000000000000000000000000";
    private static final String UNKNOWN_KEY = "key_00000000000000000000000000000000";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    @Inject
    Router router;

    private Exchange http;
    private String served;
    private Document document;
    private final Map<ApiRole, String> keys = new EnumMap<>(ApiRole.class);

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void read() {
        http = new Exchange(server.getURI());
        Answer answer = http.send("GET", "/openapi.yml", null, null, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/yaml");
        served = answer.text();
        document = Document.parse(served);
        for (ApiRole role : List.of(ApiRole.PRODUCT, ApiRole.SUPPORT, ApiRole.ADMIN, ApiRole.ENGINEER)) {
            keys.put(role, TestKeys.secret(context, "openapi-" + role.name().toLowerCase(Locale.ROOT), role));
        }
    }

    @Test
    void servesTheDocumentTheBuildGenerated() {
        byte[] generated = ClasspathResource.read(OpenApiController.DOCUMENT);

        assertThat(served).isEqualTo(new String(generated, StandardCharsets.UTF_8));
        assertThat(document.root().get("openapi")).asString().startsWith("3.");
        assertThat(document.map("info")).containsEntry("title", "kyc-journeys web API");
        assertThat(document.map("info").get("description").toString())
                .contains("Unknown fields are refused, not ignored");
        assertThat(document.map("components", "securitySchemes", ApiText.API_KEY))
                .containsEntry("type", "apiKey")
                .containsEntry("in", "header")
                .containsEntry("name", TestKeys.HEADER);
    }

    /** Micronaut's routes, less this document's own and the management endpoints', are the documented operations. */
    @Test
    void everyRouteIsDocumentedAndEveryOperationIsARoute() {
        Set<String> routes = new TreeSet<>();
        router.uriRoutes().filter(OpenApiContractIT::describable).forEach(route -> routes.add(operation(route)));

        assertThat(routes).as("routes of the running application").isNotEmpty();
        assertThat(new TreeSet<>(document.operations().keySet()))
                .as("operations in the document, against the routes")
                .isEqualTo(routes);
    }

    /** Each operation names its roles as its route is secured, and every refusal is described as a problem. */
    @Test
    void everyOperationSaysWhoMayCallItAndHowItRefuses() {
        Map<String, Set<String>> secured = new LinkedHashMap<>();
        router.uriRoutes().filter(OpenApiContractIT::describable).forEach(route -> {
            Set<String> roles = Set.of(route.getAnnotationMetadata().stringValues(Secured.class));
            assertThat(roles).as(operation(route) + " @Secured").isNotEmpty();
            secured.merge(operation(route), roles, (a, b) -> {
                assertThat(a)
                        .as(operation(route) + ": twin routes secured alike")
                        .isEqualTo(b);
                return a;
            });
        });
        document.operations().forEach((name, operation) -> {
            assertThat(operation).as(name).containsKeys("operationId", "summary", "tags", "security", "responses");
            String description = String.valueOf(operation.get("description"));
            Matcher named = ROLES.matcher(description);
            assertThat(named.find())
                    .as(name + " names its roles: " + description)
                    .isTrue();
            Set<String> roles = Set.of(named.group(1).split(" or | and "));
            Set<String> routeRoles = secured.get(name);
            // an operation without a route is the other test's finding; the codec is anonymous to Micronaut Security
            if (routeRoles != null && !routeRoles.equals(Set.of(SecurityRule.IS_ANONYMOUS))) {
                assertThat(roles)
                        .as(name + ": roles described against @Secured")
                        .isEqualTo(routeRoles);
            }
            for (Object requirement : Document.list(operation.get("security"))) {
                Document.node(requirement)
                        .forEach((scheme, scopes) -> assertThat(Set.copyOf(Document.list(scopes)))
                                .as(name + " security " + scheme)
                                .isEqualTo(roles));
            }
            Map<String, Object> responses = Document.node(operation.get("responses"));
            assertThat(responses).as(name).containsKeys("401", "403");
            responses.forEach((status, response) -> {
                if (!status.startsWith("2")) {
                    Map<String, Object> content = Document.at(Document.node(response), "content");
                    assertThat(content).as(name + " " + status).containsOnlyKeys(PROBLEM);
                    assertThat(Document.at(content, PROBLEM, "schema"))
                            .as(name + " " + status)
                            .containsEntry("$ref", "#/components/schemas/Problem");
                }
            });
        });
    }

    /** Each schema a request is described with has exactly the fields of the record the API binds it to. */
    @Test
    void requestSchemasHaveTheBoundRecordsFieldsAndRefuseOthers() {
        Map<String, Class<?>> requests = Map.of(
                "StartJourneyRequest", StartJourneyRequest.class,
                "Document", StartJourneyRequest.DocumentPayload.class,
                "Image", StartJourneyRequest.ImagePayload.class,
                "Declared", StartJourneyRequest.DeclaredPayload.class,
                "StartJourneyForm", StartJourneyForm.class,
                "DocumentFields", StartJourneyForm.DocumentFields.class,
                "ReviewRequest", ReviewRequest.class,
                "CancelRequest", CancelRequest.class,
                "KeyRequest", KeyRequest.class);
        requests.forEach((schema, record) -> {
            assertThat(document.schema(schema)).as(schema).containsEntry("additionalProperties", false);
            assertThat(Document.at(document.schema(schema), "properties"))
                    .as(schema)
                    .containsOnlyKeys(componentNames(record));
        });
        assertThat(Document.at(document.schema("Problem"), "properties"))
                .containsOnlyKeys(componentNames(Problem.class));
        assertThat(Document.at(document.schema("FieldViolation"), "properties"))
                .containsOnlyKeys(componentNames(FieldViolation.class));
    }

    @Test
    void enumsAreTheCodes() {
        List<String> countries = new ArrayList<>(List.of("CHN", "AUTO"));
        countries.addAll(ForeignCardRules.NATIONALITIES);
        for (String schema : List.of("Document", "DocumentFields")) {
            assertThat(enumOf(schema, "country")).containsExactlyInAnyOrderElementsOf(countries);
            assertThat(enumOf(schema, "type")).containsExactlyInAnyOrderElementsOf(names(DocumentType.values()));
        }
        assertThat(enumOf("ReviewRequest", "decision"))
                .containsExactlyInAnyOrderElementsOf(names(ReviewDecision.Decision.values()));
        assertThat(enumOf("JourneyResource", "status"))
                .containsExactlyInAnyOrderElementsOf(names(JourneyStatus.values()));
        assertThat(enumOf("JourneyResource", "outcome")).containsExactlyInAnyOrderElementsOf(names(Outcome.values()));
        for (String schema : List.of("KeyRequest", "KeyResource")) {
            assertThat(Document.list(Document.at(document.schema(schema), "properties", "roles", "items")
                            .get("enum")))
                    .containsExactlyInAnyOrderElementsOf(names(ApiRole.values()));
        }
    }

    /**
     * Real requests, at least one per operation and kind of answer: each gets the status expected of it, which its
     * operation documents, in the content type documented for that status.
     */
    @Test
    void realAnswersAreDocumented() {
        List<Exchange.Case> cases = new ArrayList<>(authCases());
        cases.addAll(journeyCases(startedJourney(), endedJourney()));
        cases.addAll(keyCases());
        cases.addAll(codecCases());
        cases.addAll(callbackCases());
        cases.addAll(searchCases());
        cases.addAll(reviewCases());
        cases.addAll(timelineCases());

        Set<String> exercised = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, Object>> operations = document.operations();
        for (Exchange.Case example : cases) {
            Answer answer = http.send(example);
            exercised.add(example.operation());
            String seen = example + " answered " + answer.status() + " " + answer.contentType();
            Map<String, Object> operation = operations.get(example.operation());
            if (answer.status() != example.expected()) {
                wrong.add(seen + ", expected " + example.expected() + ": " + answer.text());
                continue;
            }
            if (operation == null) {
                wrong.add(seen + ": no such operation in the document");
                continue;
            }
            Object response = Document.node(operation.get("responses")).get(String.valueOf(answer.status()));
            if (response == null) {
                wrong.add(seen + ": the status is not documented");
                continue;
            }
            Object content = Document.node(response).get("content");
            Set<String> documented =
                    content == null ? Set.of() : Document.node(content).keySet();
            String type = answer.contentType().split(";")[0].trim();
            // an answer without a body (204) is what a response documented without content says
            boolean bodiless = type.isEmpty() && answer.body().length == 0 && documented.isEmpty();
            if (!documented.contains(type) && !bodiless) {
                wrong.add(seen + ": documented content " + documented);
            }
        }
        assertThat(wrong).as("answers that are not what the document says").isEmpty();
        assertThat(exercised).as("operations no request tried").containsAll(operations.keySet());
    }

    /**
     * Swagger UI and Redoc come whole from this server, without a key: each page, and each script, stylesheet and
     * icon it loads, and the document it shows; nothing names another host.
     */
    @Test
    void theViewsAreServedFromHereWithoutAKey() {
        Pattern loads = Pattern.compile("\"(/(?:swagger-ui|redoc)/res/[^\"]+)\"");
        Map<String, String> types = Map.of(
                ".js", "text/javascript",
                ".css", "text/css",
                ".png", "image/png");
        for (String view : List.of("/swagger-ui", "/redoc")) {
            Answer page = http.send("GET", view, null, null, null);
            assertThat(page.status()).as(view).isEqualTo(200);
            assertThat(page.contentType()).as(view).startsWith("text/html");
            assertThat(page.text()).as(view).doesNotContainPattern("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
            assertThat(page.text()).as(view).contains("'/openapi.yml'");
            Matcher loaded = loads.matcher(page.text());
            List<String> resources = new ArrayList<>();
            while (loaded.find()) {
                resources.add(loaded.group(1));
            }
            assertThat(resources).as(view + " loads its scripts from here").isNotEmpty();
            for (String resource : resources) {
                Answer file = http.send("GET", resource, null, null, null);
                assertThat(file.status()).as(resource).isEqualTo(200);
                assertThat(file.body().length).as(resource).isPositive();
                String extension = resource.substring(resource.lastIndexOf('.'));
                assertThat(file.contentType()).as(resource).startsWith(types.get(extension));
                // what the bundles would fetch from a CDN (Redoc's logo is replaced by an inline image)
                assertThat(file.text()).as(resource).doesNotContainPattern("https?://(cdn|fonts|unpkg)[.a-z]*\\.");
            }
        }
        assertThat(http.send("GET", "/swagger-ui/res/..%2Fapplication.yml", null, null, null)
                        .status())
                .isEqualTo(404);
        assertThat(http.send("GET", "/redoc/res/nothing.js", null, null, null).status())
                .isEqualTo(404);
    }

    /** For every operation the document says needs a key: none is 401, one without the roles 403. */
    private List<Exchange.Case> authCases() {
        List<Exchange.Case> cases = new ArrayList<>();
        document.operations().forEach((name, operation) -> {
            String verb = name.substring(0, name.indexOf(' '));
            String path = name.substring(name.indexOf(' ') + 1)
                    .replace("{journeyId}", UNKNOWN_JOURNEY)
                    .replace("{keyId}", UNKNOWN_KEY)
                    .replaceAll("\\{[^}]+}", "x");
            String body = verb.equals("GET") ? null : "{}";
            cases.add(Exchange.Case.json(name, "no key", null, verb, path, body, 401));
            Set<String> allowed = new HashSet<>();
            for (Object requirement : Document.list(operation.get("security"))) {
                Document.node(requirement)
                        .values()
                        .forEach(scopes -> Document.list(scopes).forEach(scope -> allowed.add(String.valueOf(scope))));
            }
            ApiRole other = Stream.of(ApiRole.ADMIN, ApiRole.ENGINEER, ApiRole.PRODUCT)
                    .filter(role -> !allowed.contains(role.name()))
                    .findFirst()
                    .orElseThrow();
            cases.add(Exchange.Case.json(name, "a " + other + " key", keys.get(other), verb, path, body, 403));
        });
        return cases;
    }

    private List<Exchange.Case> journeyCases(String settled, String ended) {
        String product = keys.get(ApiRole.PRODUCT);
        String support = keys.get(ApiRole.SUPPORT);
        String start = "POST /v1/journeys";
        String idempotency = "openapi-" + System.nanoTime();
        Map<String, String> once = Map.of("Idempotency-Key", idempotency);
        String valid = KeyedHttp.startBody("crm-openapi");
        String get = "GET /v1/journeys/{journeyId}";
        String retake = "POST /v1/journeys/{journeyId}/documents";
        String review = "POST /v1/journeys/{journeyId}/review";
        String cancel = "POST /v1/journeys/{journeyId}/cancel";
        String decision = "{\"decision\":\"APPROVE\",\"reason\":\"looks right\"}";
        return List.of(
                Exchange.Case.json(start, "a start", product, "POST", "/v1/journeys", valid, 202),
                Exchange.Case.json(start, "an idempotent start", product, "POST", "/v1/journeys", valid, 202)
                        .with(once),
                Exchange.Case.json(start, "its retry", product, "POST", "/v1/journeys", valid, 200)
                        .with(once),
                Exchange.Case.json(
                                start,
                                "another start, same key",
                                product,
                                "POST",
                                "/v1/journeys",
                                KeyedHttp.startBody("crm-other"),
                                409)
                        .with(once),
                Exchange.Case.json(start, "broken JSON", product, "POST", "/v1/journeys", "{", 400),
                Exchange.Case.json(
                        start, "no document", product, "POST", "/v1/journeys", "{\"customerRef\":\"c\"}", 422),
                Exchange.Case.typed(start, "text", product, "POST", "/v1/journeys", "text/plain", "hello", 415),
                Exchange.Case.multipart(
                        start, "multipart", product, "/v1/journeys", "journey", startForm(), image(), 202),
                Exchange.Case.multipart(
                        start,
                        "a file part over 5 MiB",
                        product,
                        "/v1/journeys",
                        "journey",
                        startForm(),
                        new byte[5 * 1024 * 1024 + 1],
                        413),
                Exchange.Case.json(get, "its own", product, "GET", "/v1/journeys/" + settled, null, 200),
                Exchange.Case.json(get, "support", support, "GET", "/v1/journeys/" + settled, null, 200),
                Exchange.Case.json(get, "unknown", product, "GET", "/v1/journeys/" + UNKNOWN_JOURNEY, null, 404),
                Exchange.Case.json(
                        retake,
                        "unknown",
                        product,
                        "POST",
                        "/v1/journeys/" + UNKNOWN_JOURNEY + "/documents",
                        KeyedHttp.documentBody(),
                        404),
                Exchange.Case.json(
                        retake,
                        "finished",
                        product,
                        "POST",
                        "/v1/journeys/" + settled + "/documents",
                        KeyedHttp.documentBody(),
                        409),
                Exchange.Case.multipart(
                        retake,
                        "finished, multipart",
                        product,
                        "/v1/journeys/" + settled + "/documents",
                        "document",
                        "{\"country\":\"CHN\",\"type\":\"ID_CARD\"}",
                        image(),
                        409),
                Exchange.Case.json(
                        retake, "empty", product, "POST", "/v1/journeys/" + settled + "/documents", "{}", 422),
                Exchange.Case.json(
                        retake, "broken", product, "POST", "/v1/journeys/" + settled + "/documents", "[", 400),
                Exchange.Case.typed(
                        retake,
                        "text",
                        product,
                        "POST",
                        "/v1/journeys/" + settled + "/documents",
                        "text/plain",
                        "x",
                        415),
                Exchange.Case.json(
                        review,
                        "unknown",
                        support,
                        "POST",
                        "/v1/journeys/" + UNKNOWN_JOURNEY + "/review",
                        decision,
                        404),
                Exchange.Case.json(
                        review, "finished", support, "POST", "/v1/journeys/" + settled + "/review", decision, 409),
                Exchange.Case.json(
                        review,
                        "a decision of no kind",
                        support,
                        "POST",
                        "/v1/journeys/" + settled + "/review",
                        "{\"decision\":\"MAYBE\",\"reason\":\"x\"}",
                        422),
                Exchange.Case.json(review, "broken", support, "POST", "/v1/journeys/" + settled + "/review", "{", 400),
                Exchange.Case.typed(
                        review, "text", support, "POST", "/v1/journeys/" + settled + "/review", "text/plain", "x", 415),
                Exchange.Case.json(
                        cancel, "unknown", support, "POST", "/v1/journeys/" + UNKNOWN_JOURNEY + "/cancel", null, 404),
                Exchange.Case.json(cancel, "ended", support, "POST", "/v1/journeys/" + ended + "/cancel", null, 409),
                Exchange.Case.json(
                        cancel,
                        "a number for a reason",
                        support,
                        "POST",
                        "/v1/journeys/" + settled + "/cancel",
                        "{\"reason\":12}",
                        422),
                Exchange.Case.json(cancel, "broken", support, "POST", "/v1/journeys/" + settled + "/cancel", "{", 400),
                Exchange.Case.typed(
                        cancel, "text", support, "POST", "/v1/journeys/" + settled + "/cancel", "text/plain", "x", 415),
                Exchange.Case.json(
                        cancel, "a cancel", support, "POST", "/v1/journeys/" + settled + "/cancel", null, 202));
    }

    private List<Exchange.Case> keyCases() {
        String admin = keys.get(ApiRole.ADMIN);
        String create = "POST /v1/api-keys";
        String revocable = TestKeys.issue(context, "openapi-revocable", ApiRole.PRODUCT)
                .key()
                .id();
        String name = "openapi-" + System.nanoTime();
        return List.of(
                Exchange.Case.json(
                        create,
                        "a key",
                        admin,
                        "POST",
                        "/v1/api-keys",
                        "{\"name\":\"" + name + "\",\"roles\":[\"SUPPORT\"]}",
                        201),
                Exchange.Case.json(
                        create, "no roles", admin, "POST", "/v1/api-keys", "{\"name\":\"n\",\"roles\":[]}", 422),
                Exchange.Case.json(create, "broken", admin, "POST", "/v1/api-keys", "{", 400),
                Exchange.Case.typed(create, "text", admin, "POST", "/v1/api-keys", "text/plain", "x", 415),
                Exchange.Case.json("GET /v1/api-keys", "all", admin, "GET", "/v1/api-keys", null, 200),
                Exchange.Case.json(
                        "GET /v1/api-keys/{keyId}", "one", admin, "GET", "/v1/api-keys/" + revocable, null, 200),
                Exchange.Case.json(
                        "GET /v1/api-keys/{keyId}", "unknown", admin, "GET", "/v1/api-keys/" + UNKNOWN_KEY, null, 404),
                Exchange.Case.json(
                        "POST /v1/api-keys/{keyId}/revoke",
                        "one",
                        admin,
                        "POST",
                        "/v1/api-keys/" + revocable + "/revoke",
                        null,
                        200),
                Exchange.Case.json(
                        "POST /v1/api-keys/{keyId}/revoke",
                        "unknown",
                        admin,
                        "POST",
                        "/v1/api-keys/" + UNKNOWN_KEY + "/revoke",
                        null,
                        404));
    }

    /** The callback routes, and two refusals every keyed route shares: an Accept without JSON, a body it never reads. */
    private List<Exchange.Case> callbackCases() {
        String product = keys.get(ApiRole.PRODUCT);
        String support = keys.get(ApiRole.SUPPORT);
        String admin = keys.get(ApiRole.ADMIN);
        String journey = startedJourney();
        String list = "GET /v1/journeys/{journeyId}/callbacks";
        String resend = "POST /v1/journeys/{journeyId}/callbacks/{deliveryId}/resend";
        String secret = "POST /v1/api-keys/{keyId}/callback-secret";
        String productKey = TestKeys.issue(context, "openapi-callbacks", ApiRole.PRODUCT)
                .key()
                .id();
        String supportKey = TestKeys.issue(context, "openapi-no-callbacks", ApiRole.SUPPORT)
                .key()
                .id();
        return List.of(
                Exchange.Case.json(
                        list, "its own", product, "GET", "/v1/journeys/" + journey + "/callbacks", null, 200),
                Exchange.Case.json(
                        list, "unknown", support, "GET", "/v1/journeys/" + UNKNOWN_JOURNEY + "/callbacks", null, 404),
                Exchange.Case.json(
                                list,
                                "no JSON accepted",
                                product,
                                "GET",
                                "/v1/journeys/" + journey + "/callbacks",
                                null,
                                406)
                        .with(Map.of("Accept", "text/plain")),
                Exchange.Case.json(
                        resend,
                        "unknown delivery",
                        support,
                        "POST",
                        "/v1/journeys/" + journey + "/callbacks/cbd_none/resend",
                        null,
                        404),
                Exchange.Case.typed(
                        resend,
                        "a text body",
                        support,
                        "POST",
                        "/v1/journeys/" + journey + "/callbacks/cbd_none/resend",
                        "text/plain",
                        "x",
                        415),
                Exchange.Case.json(
                        secret,
                        "a product key",
                        admin,
                        "POST",
                        "/v1/api-keys/" + productKey + "/callback-secret",
                        null,
                        200),
                Exchange.Case.json(
                        secret,
                        "a support key",
                        admin,
                        "POST",
                        "/v1/api-keys/" + supportKey + "/callback-secret",
                        null,
                        422),
                Exchange.Case.json(
                        secret,
                        "unknown",
                        admin,
                        "POST",
                        "/v1/api-keys/" + UNKNOWN_KEY + "/callback-secret",
                        null,
                        404),
                Exchange.Case.typed(
                        "POST /v1/api-keys/{keyId}/revoke",
                        "a text body",
                        admin,
                        "POST",
                        "/v1/api-keys/" + productKey + "/revoke",
                        "text/plain",
                        "x",
                        415),
                Exchange.Case.json(
                                "POST /codec/decode",
                                "no JSON accepted",
                                keys.get(ApiRole.ENGINEER),
                                "POST",
                                "/codec/decode",
                                "{\"payloads\":[]}",
                                406)
                        .with(Map.of("Accept", "application/xml")));
    }

    /** The timeline: its own journey and support read it; an unknown journey is a 404. */
    private List<Exchange.Case> timelineCases() {
        String journey = startedJourney();
        String timeline = "GET /v1/journeys/{journeyId}/timeline";
        return List.of(
                Exchange.Case.json(
                        timeline,
                        "its own",
                        keys.get(ApiRole.PRODUCT),
                        "GET",
                        "/v1/journeys/" + journey + "/timeline",
                        null,
                        200),
                Exchange.Case.json(
                        timeline,
                        "support",
                        keys.get(ApiRole.SUPPORT),
                        "GET",
                        "/v1/journeys/" + journey + "/timeline",
                        null,
                        200),
                Exchange.Case.json(
                        timeline,
                        "unknown",
                        keys.get(ApiRole.SUPPORT),
                        "GET",
                        "/v1/journeys/" + UNKNOWN_JOURNEY + "/timeline",
                        null,
                        404),
                Exchange.Case.json(
                        timeline,
                        "an engineer",
                        keys.get(ApiRole.ENGINEER),
                        "GET",
                        "/v1/journeys/" + journey + "/timeline",
                        null,
                        403));
    }

    /** The review queue, claims and document images (web.review, web.document). */
    private List<Exchange.Case> reviewCases() {
        String support = keys.get(ApiRole.SUPPORT);
        String reader = TestKeys.secret(context, "openapi-reader", ApiRole.SUPPORT, ApiRole.PII_READ);
        String running = startedJourney();
        String waiting = startedJourney();
        context.getBean(JourneyStore.class)
                .record(new TimelineEntry(
                        new TimelineKey(waiting, 1),
                        Instant.now(),
                        "WAITING_REVIEW",
                        null,
                        "REVIEW",
                        "RUNNING",
                        null,
                        "PORTRAIT_MISMATCH",
                        "PORTRAIT_MISMATCH"));
        String queue = "GET /v1/reviews";
        String claim = "POST /v1/journeys/{journeyId}/review/claim";
        String release = "DELETE /v1/journeys/{journeyId}/review/claim";
        String image = "GET /v1/journeys/{journeyId}/documents/{side}";
        String claimPath = "/v1/journeys/" + waiting + "/review/claim";
        return List.of(
                Exchange.Case.json(queue, "a page", support, "GET", "/v1/reviews?limit=5", null, 200),
                Exchange.Case.json(queue, "limit 0", support, "GET", "/v1/reviews?limit=0", null, 422),
                Exchange.Case.json(queue, "a product key", keys.get(ApiRole.PRODUCT), "GET", "/v1/reviews", null, 403),
                Exchange.Case.json(claim, "waiting", support, "POST", claimPath, null, 200),
                Exchange.Case.json(claim, "held by another", reader, "POST", claimPath, null, 409),
                Exchange.Case.json(
                        claim, "running", support, "POST", "/v1/journeys/" + running + "/review/claim", null, 409),
                Exchange.Case.json(
                        claim,
                        "unknown",
                        support,
                        "POST",
                        "/v1/journeys/" + UNKNOWN_JOURNEY + "/review/claim",
                        null,
                        404),
                Exchange.Case.typed(claim, "a text body", support, "POST", claimPath, "text/plain", "x", 415),
                Exchange.Case.json(release, "held by another", reader, "DELETE", claimPath, null, 409),
                Exchange.Case.json(release, "its own", support, "DELETE", claimPath, null, 204),
                Exchange.Case.json(
                        release,
                        "unknown",
                        support,
                        "DELETE",
                        "/v1/journeys/" + UNKNOWN_JOURNEY + "/review/claim",
                        null,
                        404),
                Exchange.Case.json(
                        image, "the front", reader, "GET", "/v1/journeys/" + running + "/documents/front", null, 200),
                Exchange.Case.json(
                        image, "no back", reader, "GET", "/v1/journeys/" + running + "/documents/back", null, 404),
                Exchange.Case.json(
                        image,
                        "support without PII_READ",
                        support,
                        "GET",
                        "/v1/journeys/" + running + "/documents/front",
                        null,
                        403),
                Exchange.Case.json(
                                image,
                                "no image accepted",
                                reader,
                                "GET",
                                "/v1/journeys/" + running + "/documents/front",
                                null,
                                406)
                        .with(Map.of("Accept", "application/json")));
    }

    /** The journey search: a page, and a refusal of a bad parameter. */
    private List<Exchange.Case> searchCases() {
        String support = keys.get(ApiRole.SUPPORT);
        String search = "GET /v1/journeys";
        return List.of(
                Exchange.Case.json(search, "a page", support, "GET", "/v1/journeys?limit=2", null, 200),
                Exchange.Case.json(
                        search, "filtered", support, "GET", "/v1/journeys?status=COMPLETED&sort=waiting", null, 200),
                Exchange.Case.json(search, "limit 0", support, "GET", "/v1/journeys?limit=0", null, 422),
                Exchange.Case.json(search, "a made-up cursor", support, "GET", "/v1/journeys?cursor=x", null, 422),
                Exchange.Case.json(
                        search, "a product key", keys.get(ApiRole.PRODUCT), "GET", "/v1/journeys", null, 403));
    }

    private List<Exchange.Case> codecCases() {
        String engineer = keys.get(ApiRole.ENGINEER);
        String none = "{\"payloads\":[]}";
        // an encrypted payload under a key id this API does not hold
        String sealed = "{\"payloads\":[{\"metadata\":{\"encoding\":\"YmluYXJ5L2VuY3J5cHRlZA==\","
                + "\"encryption-key-id\":\"azk=\"},\"data\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}]}";
        String decode = "POST /codec/decode";
        String encode = "POST /codec/encode";
        return List.of(
                Exchange.Case.json(decode, "nothing", engineer, "POST", "/codec/decode", none, 200),
                Exchange.Case.json(encode, "nothing", engineer, "POST", "/codec/encode", none, 200),
                Exchange.Case.json(decode, "an unknown key id", engineer, "POST", "/codec/decode", sealed, 422),
                Exchange.Case.json(decode, "broken", engineer, "POST", "/codec/decode", "{", 400),
                Exchange.Case.json(encode, "broken", engineer, "POST", "/codec/encode", "{", 400),
                Exchange.Case.json(decode, "another namespace", engineer, "POST", "/codec/decode", none, 404)
                        .with(Map.of("X-Namespace", "someone-else")),
                Exchange.Case.typed(decode, "text", engineer, "POST", "/codec/decode", "text/plain", "x", 415));
    }

    /**
     * A journey of the PRODUCT key's. The stand-in workflow records nothing, so the read model holds it RUNNING:
     * it waits for no retake or review (409), and may be cancelled.
     */
    private String startedJourney() {
        Answer started = http.send(Exchange.Case.json(
                "POST /v1/journeys",
                "setup",
                keys.get(ApiRole.PRODUCT),
                "POST",
                "/v1/journeys",
                KeyedHttp.startBody("crm-openapi-" + System.nanoTime()),
                202));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        return started.text().replaceAll("(?s).*\"journeyId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** A journey that has ended (FAILED): a cancel is refused. */
    private String endedJourney() {
        String id = startedJourney();
        context.getBean(JourneyStore.class).markFailedToStart(id, Instant.now());
        return id;
    }

    private static String startForm() {
        return "{\"customerRef\":\"crm-openapi-files\",\"document\":{\"country\":\"CHN\",\"type\":\"ID_CARD\"}}";
    }

    private static byte[] image() {
        return io.onboarding.kyc.web.TestImages.cardPng();
    }

    /** Routes the document describes: not its own and its views' (hidden), not micronaut-management's endpoints. */
    private static boolean describable(UriRouteInfo<?, ?> route) {
        Class<?> controller = route.getTargetMethod().getDeclaringType();
        // Micronaut answers HEAD wherever there is a GET: the GET's operation says it
        return route.getHttpMethod() != HttpMethod.HEAD
                && !controller.isAnnotationPresent(Hidden.class)
                && !controller.isAnnotationPresent(Endpoint.class);
    }

    private static String operation(UriRouteInfo<?, ?> route) {
        String path = route.getUriMatchTemplate().toPathString();
        return route.getHttpMethodName() + " "
                + (path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    private List<Object> enumOf(String schema, String property) {
        return Document.list(
                Document.at(document.schema(schema), "properties", property).get("enum"));
    }

    private static String[] componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toArray(String[]::new);
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).collect(Collectors.toList());
    }
}
