package io.onboarding.kyc.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.TestApplication;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.hostile.HostileClient.Answer;
import io.onboarding.kyc.web.hostile.HostileClient.Counts;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP layer under fire: wrong methods on every route, wrong or missing content types, requests at and
 * just past each size limit (body, header block, request line), management and unknown paths, HEAD and
 * OPTIONS, and clients that promise a body they never send. Every refusal is problem details and stores nothing.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHttpIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** application.yml gives a request a minute to arrive; the clock works the same at five seconds. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private static final String ENGINEER_TOKEN = "hostile-http-engineer-token-0123456789abcdef";
    /** The codec's own credential, and not the client's API key: the codec needs no key from Micronaut Security. */
    private static final Map<String, String> ENGINEER =
            Map.of("Authorization", "Bearer " + ENGINEER_TOKEN, TestKeys.HEADER, HostileClient.NO_KEY);
    /** Replaced by a journey that exists, so a refusal is about the method or body, never the id. */
    private static final String JOURNEY = "{journey}";
    /** Replaced by an API key that exists (not the one the client sends), likewise. */
    private static final String KEY_ID = "{key}";
    /** A header value replaced by the secret of an admin key: the key routes take only that. */
    private static final String ADMIN_SECRET = "{admin-secret}";

    private static final Map<String, String> ADMIN = Map.of(TestKeys.HEADER, ADMIN_SECRET);

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "TRACE");
    /** The most a submitted image may hold (StartJourneyValidator.MAX_IMAGE_BYTES). */
    private static final int IMAGE_LIMIT = 5 * 1024 * 1024;

    private static final String CARD = Base64.getEncoder().encodeToString(HostileImages.cardPng());
    private static final String DOCUMENT =
            "{\"country\":\"CHN\",\"type\":\"ID_CARD\",\"front\":{\"imageBase64\":\"" + CARD + "\"}}";

    /** Every route the API serves, the methods it answers, and a body it would take. */
    /** The routes that take multipart/form-data besides JSON (JourneyController). */
    private static final Set<String> TAKES_FILES = Set.of("/v1/journeys", "/v1/journeys/{journeyId}/documents");

    private static final List<Route> ROUTES = List.of(
            new Route("/v1/journeys", Set.of("GET", "HEAD", "POST"), start("crm-hostile-http", CARD, null), Map.of()),
            new Route("/v1/journeys/{journeyId}", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/v1/journeys/{journeyId}/documents", Set.of("POST"), DOCUMENT, Map.of()),
            new Route(
                    "/v1/journeys/{journeyId}/review",
                    Set.of("POST"),
                    "{\"decision\":\"APPROVE\",\"reason\":\"looks right\"}",
                    Map.of()),
            new Route("/v1/journeys/{journeyId}/cancel", Set.of("POST"), "{\"reason\":\"customer left\"}", Map.of()),
            new Route(
                    "/v1/api-keys",
                    Set.of("GET", "HEAD", "POST"),
                    "{\"name\":\"hostile-http-new\",\"roles\":[\"PRODUCT\"]}",
                    ADMIN),
            new Route("/v1/api-keys/{keyId}", Set.of("GET", "HEAD"), null, ADMIN),
            new Route("/v1/api-keys/{keyId}/revoke", Set.of("POST"), null, ADMIN),
            new Route("/v1/api-keys/{keyId}/callback-secret", Set.of("POST"), null, ADMIN),
            new Route("/v1/journeys/{journeyId}/callbacks", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/v1/journeys/{journeyId}/callbacks/{deliveryId}/resend", Set.of("POST"), null, Map.of()),
            new Route("/v1/reviews", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/v1/journeys/{journeyId}/review/claim", Set.of("POST", "DELETE"), null, Map.of()),
            new Route("/v1/journeys/{journeyId}/documents/{side}", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/v1/journeys/{journeyId}/timeline", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/codec/encode", Set.of("POST"), "{\"payloads\":[]}", ENGINEER),
            new Route("/codec/decode", Set.of("POST"), "{\"payloads\":[]}", ENGINEER),
            new Route("/openapi.yml", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/swagger-ui", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/swagger-ui/res/{file}", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/redoc", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/redoc/res/{file}", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/console", Set.of("GET", "HEAD"), null, Map.of()),
            new Route("/console/{file}", Set.of("GET", "HEAD"), null, Map.of()));

    /**
     * The operational routes: probes and metrics. They are in the route table, and OperationsEndpointsIT
     * tests them (no key for the probes, an engineer's key for metrics).
     */
    private static final Map<String, Set<String>> OPERATIONS = Map.of(
            "/health", Set.of("GET", "HEAD"),
            "/health/{selector}", Set.of("GET", "HEAD"),
            "/prometheus", Set.of("GET", "HEAD"));

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Inject
    NettyHttpServerConfiguration limits;

    @Inject
    ApplicationContext context;

    private HostileClient client;
    private String journeyId;
    /** The client's API key; the raw requests to {@code /v1} send it as a real client would. */
    private String apiKey;
    /** An admin key's secret, for the key routes. */
    private String adminSecret;
    /** A key that exists, for the key routes' paths. */
    private String keyId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties =
                TestApplication.properties(Base64.getEncoder().encodeToString(new byte[32]));
        properties.put("kyc.temporal.target", TestTemporal.target());
        properties.put("kyc.test.stand-in-worker", "true");
        properties.put("kyc.http.read-timeout", READ_TIMEOUT.toSeconds() + "s");
        properties.put("kyc.codec.engineer-tokens", "hostile:" + ENGINEER_TOKEN);
        return properties;
    }

    @BeforeAll
    void startAJourney() throws IOException {
        apiKey = TestKeys.productAndSupport(context, "hostile-http");
        adminSecret = TestKeys.secret(context, "hostile-http-admin", ApiRole.ADMIN);
        keyId = TestKeys.issue(context, "hostile-http-spare", ApiRole.PRODUCT)
                .key()
                .id();
        client = new HostileClient(server.getURI(), apiKey);
        Answer started = client.postJson("/v1/journeys", start("crm-hostile-http", CARD, null));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        journeyId = JSON.readTree(started.body()).path("journeyId").asText();
    }

    @Test
    void theRouteTableHereIsEveryRouteTheApiServes() {
        Map<String, Set<String>> served = router.uriRoutes()
                .collect(Collectors.groupingBy(
                        route -> route.getUriMatchTemplate().toString(),
                        TreeMap::new,
                        Collectors.mapping(route -> route.getHttpMethodName(), Collectors.toCollection(TreeSet::new))));

        Map<String, Set<String>> expected = ROUTES.stream()
                .collect(Collectors.toMap(
                        Route::template, route -> new TreeSet<>(route.methods()), (a, b) -> a, TreeMap::new));
        OPERATIONS.forEach((template, methods) -> expected.put(template, new TreeSet<>(methods)));
        assertThat(served).isEqualTo(expected);
        assertThat(Stream.of(clientCases(), wireCases())
                        .mapToLong(Stream::count)
                        .sum())
                .isGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("clientCases")
    void answersWithProblemDetailsAndStoresNothing(Case hostile) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        hostile.headers().forEach((name, value) -> headers.put(name, value.replace(ADMIN_SECRET, adminSecret)));
        Answer answer = HostileClient.storingNothing(() -> client.send(
                hostile.method(),
                hostile.path().replace(JOURNEY, journeyId).replace(KEY_ID, keyId),
                hostile.contentType(),
                hostile.body(),
                headers));

        hostile.expected().check(answer);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("wireCases")
    void answersExactBytesOnTheWireAndStoresNothing(Wire hostile) {
        Answer answer = HostileClient.storingNothing(
                () -> RawHttp.exchange(server.getURI(), hostile.head().get(), hostile.body()));

        hostile.expected().check(answer);
    }

    /**
     * Two images of the largest size the API takes, each a real, decodable 5 MiB PNG, fit in one request
     * padded to exactly the body limit; one byte more is refused before anything is read into a journey.
     */
    @Test
    void takesTwoFiveMebibyteImagesAtTheBodyLimitAndRefusesOneByteMore() throws Exception {
        byte[] front = noisyPng(1600, 1088, IMAGE_LIMIT, 1);
        byte[] back = noisyPng(1600, 1088, IMAGE_LIMIT, 2);
        String body = start(
                "crm-at-the-limit",
                Base64.getEncoder().encodeToString(front),
                Base64.getEncoder().encodeToString(back));
        int limit = Math.toIntExact(limits.getMaxRequestSize());
        assertThat(body.length())
                .as("two images and the envelope fit in the limit")
                .isLessThan(limit);

        byte[] pastLimit = padded(body, limit + 1);
        Answer refused = HostileClient.storingNothing(() -> RawHttp.exchange(
                server.getURI(),
                RawHttp.head(
                        "POST",
                        "/v1/journeys",
                        keyLine(),
                        "Content-Type: application/json",
                        "Content-Length: " + pastLimit.length),
                pastLimit));
        refused.assertProblem(413, "too-large", null);
        assertThat(refused.problem().path("detail").asText()).contains(Long.toString(limit));

        long started = System.nanoTime();
        Answer accepted = client.sendBytes("POST", "/v1/journeys", "application/json", padded(body, limit), Map.of());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).path("journeyId").asText();
        assertThat(storedImageBytes(id)).containsExactlyInAnyOrder((long) IMAGE_LIMIT, (long) IMAGE_LIMIT);
        System.out.printf(
                "body limit: two %d-byte 1600 x 1088 PNGs, %d bytes of JSON padded to %d: 202 in %d ms;"
                        + " %d bytes: 413%n",
                front.length, body.length(), limit, millis, limit + 1);
    }

    /**
     * Ten clients send headers promising a 1 MB body, a few bytes of it, and stall; an eleventh sends its
     * headers a byte at a time, so it is never idle. The API still answers at once, and closes every one of
     * them, without an answer, once the read timeout has passed since its first byte.
     */
    @Test
    void clientsThatPromiseMoreThanTheySendAreCutOffWithoutStarvingTheApi() throws Exception {
        Counts before = Counts.now();
        String head = RawHttp.head(
                "POST", "/v1/journeys", keyLine(), "Content-Type: application/json", "Content-Length: 1000000");
        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<Long>> stalled = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Socket socket = RawHttp.open(server.getURI());
                long opened = System.nanoTime();
                socket.getOutputStream()
                        .write((head + "{\"customerRef\":\"crm-stalled-" + i).getBytes(StandardCharsets.US_ASCII));
                stalled.add(CompletableFuture.supplyAsync(() -> millisUntilClosed(socket, opened), threads));
            }
            Socket trickling = RawHttp.open(server.getURI());
            long trickleOpened = System.nanoTime();
            CompletableFuture<Integer> trickled =
                    CompletableFuture.supplyAsync(() -> trickle(trickling, head), threads);
            CompletableFuture<Long> trickleClosed =
                    CompletableFuture.supplyAsync(() -> millisUntilClosed(trickling, trickleOpened), threads);

            long asked = System.nanoTime();
            Answer meanwhile = client.send("GET", "/v1/journeys/" + journeyId, null, (String) null, Map.of());
            long answeredMillis = (System.nanoTime() - asked) / 1_000_000;

            List<Long> closedAfter =
                    stalled.stream().map(CompletableFuture::join).sorted().toList();
            long trickleMillis = trickleClosed.join();
            System.out.printf(
                    "read timeout %d ms: a normal request answered in %d ms while 11 connections were held;"
                            + " the 10 stalled ones closed after %d..%d ms, the trickling one after %d ms (%d bytes sent)%n",
                    READ_TIMEOUT.toMillis(),
                    answeredMillis,
                    closedAfter.get(0),
                    closedAfter.get(9),
                    trickleMillis,
                    trickled.join());

            assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(200);
            assertThat(answeredMillis)
                    .as("answered before any held connection was let go")
                    .isLessThan(READ_TIMEOUT.toMillis());
            for (long millis : concat(closedAfter, trickleMillis)) {
                assertThat(millis).isBetween(READ_TIMEOUT.toMillis() - 250, READ_TIMEOUT.toMillis() + 10_000);
            }
            assertThat(Counts.now()).isEqualTo(before);
        } finally {
            threads.shutdownNow();
        }
    }

    Stream<Case> clientCases() {
        return Stream.of(wrongMethods(), wrongContentTypes(), managementPaths(), unknownPaths(), headAndOptions())
                .flatMap(cases -> cases);
    }

    /** Every method a route does not answer gets 405 and the methods it does answer. */
    private static Stream<Case> wrongMethods() {
        return ROUTES.stream()
                .flatMap(route -> METHODS.stream()
                        .filter(method -> !route.methods().contains(method))
                        .map(method -> {
                            boolean body = !Set.of("GET", "HEAD", "TRACE").contains(method) && route.body() != null;
                            return new Case(
                                    method + " " + route.template(),
                                    method,
                                    route.path(),
                                    body ? "application/json" : null,
                                    body ? route.body() : null,
                                    route.headers(),
                                    new Expected(
                                            405, "HEAD".equals(method) ? null : "method-not-allowed", route.methods()));
                        }));
    }

    /**
     * A body the route would take, declared as something else or not declared at all. A start and a retake also
     * take multipart/form-data: there the JSON body, which holds no part delimited by the boundary, is a malformed
     * multipart body (400 unreadable-body, as malformed JSON is), not a type the route refuses.
     */
    private static Stream<Case> wrongContentTypes() {
        String multipart = "multipart/form-data; boundary=hostile";
        List<String> types =
                Arrays.asList(null, "text/plain", "application/x-www-form-urlencoded", multipart, "application/xml");
        return ROUTES.stream()
                .filter(route -> route.body() != null)
                .flatMap(route -> types.stream()
                        .map(type -> new Case(
                                "POST " + route.template() + " as " + (type == null ? "no Content-Type" : type),
                                "POST",
                                route.path(),
                                type,
                                route.body(),
                                route.headers(),
                                multipart.equals(type) && TAKES_FILES.contains(route.template())
                                        ? new Expected(400, "unreadable-body", null)
                                        : new Expected(415, "unsupported-media-type", null))));
    }

    /**
     * micronaut-management's routes other than the probes and /prometheus (OperationsEndpointsIT) are switched
     * off: they are paths like any other the API does not have.
     */
    private static Stream<Case> managementPaths() {
        Stream<Case> reads = Stream.of(
                        "/routes",
                        "/beans",
                        "/info",
                        "/threaddump",
                        "/loggers",
                        "/env",
                        "/flyway",
                        "/metrics",
                        "/caches",
                        "/refresh")
                .map(path -> new Case("GET " + path, "GET", path, null, null, Map.of(), notFound()));
        Stream<Case> writes = Stream.of(
                new Case("POST /refresh", "POST", "/refresh", "application/json", "{}", Map.of(), notFound()),
                new Case("POST /stop", "POST", "/stop", "application/json", "{}", Map.of(), notFound()),
                new Case(
                        "POST /loggers/ROOT",
                        "POST",
                        "/loggers/ROOT",
                        "application/json",
                        "{\"configuredLevel\":\"TRACE\"}",
                        Map.of(),
                        notFound()));
        return Stream.concat(reads, writes);
    }

    private static Stream<Case> unknownPaths() {
        return Stream.of(
                new Case("GET /", "GET", "/", null, null, Map.of(), notFound()),
                new Case("GET /v1", "GET", "/v1", null, null, Map.of(), notFound()),
                new Case("GET /v2/journeys", "GET", "/v2/journeys", null, null, Map.of(), notFound()),
                new Case(
                        "GET a journey's unknown part",
                        "GET",
                        "/v1/journeys/" + JOURNEY + "/history",
                        null,
                        null,
                        Map.of(),
                        notFound()),
                new Case(
                        "GET below a document's side",
                        "GET",
                        "/v1/journeys/" + JOURNEY + "/documents/front/raw",
                        null,
                        null,
                        Map.of(),
                        notFound()),
                new Case("GET /codec as an engineer", "GET", "/codec", null, null, ENGINEER, notFound()),
                new Case(
                        "POST /codec/keys as an engineer",
                        "POST",
                        "/codec/keys",
                        "application/json",
                        "{}",
                        ENGINEER,
                        notFound()),
                new Case("GET /favicon.ico", "GET", "/favicon.ico", null, null, Map.of(), notFound()),
                new Case(
                        "POST /v1/journey (singular)",
                        "POST",
                        "/v1/journey",
                        "application/json",
                        start("crm-1", CARD, null),
                        Map.of(),
                        notFound()),
                new Case("DELETE an unknown path", "DELETE", "/nothing/here", null, null, Map.of(), notFound()));
    }

    /**
     * HEAD is GET without the body, wherever GET is served. OPTIONS is not served (CORS preflights to the
     * codec are answered by its guard): it gets 405 and the methods that are, like any other method.
     */
    private static Stream<Case> headAndOptions() {
        return Stream.of(
                new Case(
                        "HEAD a journey",
                        "HEAD",
                        "/v1/journeys/" + JOURNEY,
                        null,
                        null,
                        Map.of(),
                        new Expected(200, null, null)),
                new Case(
                        "HEAD an unknown journey",
                        "HEAD",
                        "/v1/journeys/jny_00000000000000000000000000",
                        null,
                        null,
                        Map.of(),
                        new Expected(404, null, null)),
                new Case(
                        "HEAD an unknown path",
                        "HEAD",
                        "/nothing/here",
                        null,
                        null,
                        Map.of(),
                        new Expected(404, null, null)),
                new Case(
                        "OPTIONS /v1/journeys",
                        "OPTIONS",
                        "/v1/journeys",
                        null,
                        null,
                        Map.of(),
                        new Expected(405, "method-not-allowed", Set.of("GET", "HEAD", "POST"))),
                new Case(
                        "OPTIONS a journey",
                        "OPTIONS",
                        "/v1/journeys/" + JOURNEY,
                        null,
                        null,
                        Map.of(),
                        new Expected(405, "method-not-allowed", Set.of("GET", "HEAD"))),
                new Case(
                        "OPTIONS /codec/decode as an engineer, not a preflight",
                        "OPTIONS",
                        "/codec/decode",
                        null,
                        null,
                        ENGINEER,
                        new Expected(405, "method-not-allowed", Set.of("POST"))));
    }

    /** What a client library will not send: heads of exact sizes, broken heads, bodies past the limit. */
    Stream<Wire> wireCases() {
        int line = limits.getMaxInitialLineLength();
        int headers = limits.getMaxHeaderSize();
        long body = limits.getMaxRequestSize();
        Expected ok = new Expected(200, null, null);
        Expected malformed = new Expected(400, "malformed-request", null);
        return Stream.of(
                new Wire("request line exactly at the limit", () -> requestLineOf(line), null, ok),
                new Wire(
                        "request line one byte past the limit",
                        () -> requestLineOf(line + 1),
                        null,
                        new Expected(414, "uri-too-long", null)),
                new Wire(
                        "a path of 10 000 characters",
                        () -> RawHttp.head("GET", "/v1/journeys/" + "a".repeat(10_000), keyLine()),
                        null,
                        new Expected(414, "uri-too-long", null)),
                new Wire("header lines exactly at the limit", () -> headersOf(headers), null, ok),
                new Wire(
                        "header lines one byte past the limit",
                        () -> headersOf(headers + 1),
                        null,
                        new Expected(431, "headers-too-large", null)),
                new Wire(
                        "many small headers past the limit",
                        () -> journeyRead(Stream.iterate(0, i -> i + 1)
                                .limit(headers / 16)
                                .map(i -> String.format("X-Hostile-%04d: 0", i))
                                .toArray(String[]::new)),
                        null,
                        new Expected(431, "headers-too-large", null)),
                new Wire(
                        "one cookie longer than all headers may be",
                        () -> journeyRead("Cookie: c=" + "c".repeat(headers)),
                        null,
                        new Expected(431, "headers-too-large", null)),
                new Wire(
                        "Content-Length one byte past the body limit, body unsent",
                        () -> post("Content-Length: " + (body + 1)),
                        null,
                        new Expected(413, "too-large", null)),
                new Wire(
                        "Content-Length of a terabyte",
                        () -> post("Content-Length: 1000000000000"),
                        null,
                        new Expected(413, "too-large", null)),
                new Wire(
                        "chunked body one byte past the limit",
                        () -> post("Transfer-Encoding: chunked"),
                        chunked(Math.toIntExact(body + 1)),
                        new Expected(413, "too-large", null)),
                new Wire(
                        "chunked body without a Content-Type",
                        () -> RawHttp.head("POST", "/v1/journeys", keyLine(), "Transfer-Encoding: chunked"),
                        chunked(2),
                        new Expected(415, "unsupported-media-type", null)),
                new Wire(
                        "Content-Length past what a long holds",
                        () -> post("Content-Length: 99999999999999999999999"),
                        null,
                        malformed),
                new Wire(
                        "Content-Length that is not a number",
                        () -> post("Content-Length: lots"),
                        "{}".getBytes(StandardCharsets.US_ASCII),
                        malformed),
                new Wire(
                        "both Content-Length and Transfer-Encoding",
                        () -> post("Content-Length: 2", "Transfer-Encoding: chunked"),
                        chunked(2),
                        malformed),
                new Wire(
                        "a request line that is not HTTP", () -> "GARBAGE\r\nHost: 127.0.0.1\r\n\r\n", null, malformed),
                new Wire("a header name with a space in it", () -> journeyRead("Bad Header: x"), null, malformed),
                new Wire("OPTIONS *", () -> RawHttp.head("OPTIONS", "*"), null, notFound()));
    }

    private String requestLineOf(int length) {
        String path = "/v1/journeys/" + journeyId + "?pad=";
        int pad = length - ("GET ".length() + path.length() + " HTTP/1.1".length());
        return RawHttp.head("GET", path + "p".repeat(pad), keyLine());
    }

    /** Netty counts every header line, without its CRLF, towards the limit. */
    private String headersOf(int length) {
        int present = headerBytes(journeyRead("X-Pad: "));
        return journeyRead("X-Pad: " + "p".repeat(length - present));
    }

    private static int headerBytes(String head) {
        return head.lines().skip(1).mapToInt(String::length).sum();
    }

    /** A read of the journey, with the API key and then these header lines. */
    private String journeyRead(String... headerLines) {
        String[] lines =
                Stream.concat(Stream.of(keyLine()), Stream.of(headerLines)).toArray(String[]::new);
        return RawHttp.head("GET", "/v1/journeys/" + journeyId, lines);
    }

    /** A start, with the API key, a JSON content type and then these header lines. */
    private String post(String... headerLines) {
        String[] lines = Stream.concat(Stream.of(keyLine(), "Content-Type: application/json"), Stream.of(headerLines))
                .toArray(String[]::new);
        return RawHttp.head("POST", "/v1/journeys", lines);
    }

    /** The {@code X-API-Key} header line a client of {@code /v1} sends. */
    private String keyLine() {
        return TestKeys.HEADER + ": " + apiKey;
    }

    /** One chunk of {@code size} spaces, then the last chunk. */
    private static byte[] chunked(int size) {
        byte[] start = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] spaces = new byte[size];
        Arrays.fill(spaces, (byte) ' ');
        return HostileImages.concat(start, spaces, end);
    }

    private static String start(String customerRef, String front, String back) {
        return "{\"customerRef\":\"" + customerRef + "\",\"document\":{\"country\":\"CHN\",\"type\":\"ID_CARD\","
                + "\"front\":{\"imageBase64\":\"" + front + "\"}"
                + (back == null ? "" : ",\"back\":{\"imageBase64\":\"" + back + "\"}") + "}}";
    }

    /** The JSON with spaces after its opening brace, to exactly {@code size} bytes. */
    private static byte[] padded(String json, int size) {
        return ("{" + " ".repeat(size - json.length()) + json.substring(1)).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A real photo's worth of bytes: random RGB pixels (which no compressor shrinks), padded with a comment
     * chunk to exactly {@code size} bytes.
     */
    private static byte[] noisyPng(int width, int height, int size, long seed) {
        Random random = new Random(seed);
        byte[] raw = new byte[height * (1 + width * 3)];
        random.nextBytes(raw);
        for (int row = 0; row < height; row++) {
            raw[row * (1 + width * 3)] = 0; // each row's filter: none
        }
        byte[] png = HostileImages.png(HostileImages.ihdr(width, height, 8, 2), HostileImages.deflate(raw));
        int padding = size - png.length - 12 - "Comment".length() - 1;
        assertThat(padding).as("room for the comment chunk").isNotNegative();
        byte[] comment = HostileImages.concat(
                "Comment\0".getBytes(StandardCharsets.ISO_8859_1),
                " ".repeat(padding).getBytes(StandardCharsets.ISO_8859_1));
        byte[] iend = HostileImages.chunk("IEND", new byte[0]);
        byte[] out = HostileImages.concat(
                Arrays.copyOf(png, png.length - iend.length), HostileImages.chunk("tEXt", comment), iend);
        assertThat(out).hasSize(size);
        return out;
    }

    private static List<Long> storedImageBytes(String journeyId) throws SQLException {
        try (Connection connection = TestDatabase.shared().connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT size_bytes FROM document WHERE journey_id = ?")) {
            query.setString(1, journeyId);
            List<Long> sizes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sizes.add(rows.getLong(1));
                }
            }
            return sizes;
        }
    }

    /** Sends the head a byte every 100 ms until the server closes; returns how many bytes went. */
    private static int trickle(Socket socket, String head) {
        byte[] bytes = head.getBytes(StandardCharsets.US_ASCII);
        int sent = 0;
        try {
            OutputStream out = socket.getOutputStream();
            while (sent < bytes.length) {
                out.write(bytes[sent]);
                out.flush();
                sent++;
                Thread.sleep(100);
            }
        } catch (IOException e) {
            // closed under it, as it should be
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sent;
    }

    /** Waits for the server to close the connection; it must do so without answering. */
    private static long millisUntilClosed(Socket socket, long openedNanos) {
        try (socket) {
            InputStream in = socket.getInputStream();
            int first;
            try {
                first = in.read();
            } catch (SocketException reset) {
                first = -1;
            }
            long millis = (System.nanoTime() - openedNanos) / 1_000_000;
            assertThat(first).as("the server closes without an answer").isEqualTo(-1);
            return millis;
        } catch (IOException e) {
            throw new AssertionError("the connection was not closed: " + e, e);
        }
    }

    private static List<Long> concat(List<Long> list, long one) {
        return Stream.concat(list.stream(), Stream.of(one)).toList();
    }

    private static Expected notFound() {
        return new Expected(404, "not-found", null);
    }

    /**
     * A route as the router knows it; {@link #path()} is one to send, with {@link #JOURNEY} and {@link #KEY_ID}
     * for the ids.
     */
    record Route(String template, Set<String> methods, String body, Map<String, String> headers) {
        String path() {
            return template.replace("{journeyId}", JOURNEY)
                    .replace("{keyId}", KEY_ID)
                    .replace("{deliveryId}", "cbd_none")
                    .replace("{side}", "front")
                    .replace("{file}", "none.js");
        }
    }

    /**
     * The answer a case must get: a status, a problem type (none for HEAD, which has no body, and for
     * success), and the {@code Allow} header's methods when the method was wrong.
     */
    record Expected(int status, String type, Set<String> allow) {
        void check(Answer answer) {
            if (type != null) {
                answer.assertProblem(status, type, null);
            } else {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
            }
            if (status >= 400) {
                assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM);
            }
            if (allow != null) {
                assertThat(answer.header("Allow")).as(answer.toString()).isPresent();
                assertThat(Set.of(answer.header("Allow").get().split("\\s*,\\s*")))
                        .isEqualTo(allow);
            }
        }
    }

    /** A request sent through {@link HostileClient}. */
    record Case(
            String name,
            String method,
            String path,
            String contentType,
            String body,
            Map<String, String> headers,
            Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A request sent byte for byte through {@link RawHttp}; the head is made when the case runs. */
    // Raw bytes by design: the body is sent byte for byte; the record is never compared or used as a key.
    @SuppressWarnings("ArrayRecordComponent")
    record Wire(String name, Supplier<String> head, byte[] body, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }
}
