package io.onboarding.kyc.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.web.TestImages;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.hostile.HostileClient.Answer;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile JSON on every route: each request must be refused with the right status, problem type and field,
 * and must store nothing (no journey, no timeline entry, no document).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileJsonInputIT implements TestPropertyProvider {

    /** Stands for the journey {@link #startOneJourney()} creates; cases are built before it exists. */
    private static final String JOURNEY = "{journey}";
    /** Stands for that journey's id in capitals. */
    private static final String JOURNEY_IN_CAPITALS = "{JOURNEY}";

    private static final String START = "/v1/journeys";
    private static final String DOCUMENTS = "/v1/journeys/" + JOURNEY + "/documents";
    private static final String REVIEW = "/v1/journeys/" + JOURNEY + "/review";
    private static final String CANCEL = "/v1/journeys/" + JOURNEY + "/cancel";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG_BYTES = TestImages.cardPng();
    private static final String PNG = Base64.getEncoder().encodeToString(PNG_BYTES);
    private static final String DOCUMENT =
            "{\"country\":\"CHN\",\"type\":\"ID_CARD\",\"front\":{\"imageBase64\":\"" + PNG + "\"}}";
    private static final String START_BODY = "{\"customerRef\":\"crm-hostile\",\"document\":" + DOCUMENT
            + ",\"declared\":{\"name\":\"王芳\",\"idNumber\":\"11010519491231002X\"}}";
    private static final String REVIEW_BODY =
            "{\"decision\":\"APPROVE\",\"reason\":\"checked against branch records\"}";
    private static final String CANCEL_BODY = "{\"reason\":\"the customer left\"}";

    private static final String BIDI = "\u202E";
    private static final String INVALID = "invalid-request";
    private static final String UNREADABLE = "unreadable-body";
    private static final String UNAUTHENTICATED = "unauthenticated";
    /** Marks where {@link #with} splices a raw JSON value in. */
    private static final String SLOT = "@@slot@@";

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    private HostileClient client;
    private String journeyId;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void startOneJourney() throws IOException {
        client = new HostileClient(server.getURI(), TestKeys.productAndSupport(context, "hostile-json"));
        Answer started = client.postJson(START, START_BODY);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        journeyId = JSON.readTree(started.body()).path("journeyId").asText();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void isRefusedAndStoresNothing(Case hostile) {
        Answer answer = HostileClient.storingNothing(() -> client.sendBytes(
                hostile.method(),
                hostile.path()
                        .replace(JOURNEY, journeyId)
                        .replace(JOURNEY_IN_CAPITALS, journeyId.toUpperCase(Locale.ROOT)),
                hostile.contentType(),
                hostile.body(),
                hostile.headers()));

        answer.assertProblem(hostile.status(), hostile.type(), hostile.field());
    }

    @Test
    void coversEveryRouteWithEnoughCases() {
        List<Case> cases = cases().toList();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(cases).extracting(Case::path).contains(START, DOCUMENTS, REVIEW, CANCEL);
        assertThat(cases).filteredOn(c -> c.method().equals("GET")).hasSizeGreaterThanOrEqualTo(8);
    }

    /** A name may hold quotes and angle brackets (O'Brien, or worse): it is data, passed on and never run. */
    @Test
    void textThatOnlyLooksLikeSqlOrHtmlIsTakenAsPlainData() throws IOException {
        HostileClient.Counts before = HostileClient.Counts.now();
        String name = "Robert'); DROP TABLE journey;-- <script>alert(1)</script>";

        Answer started = client.postJson(START, with(START_BODY, "declared.name", text(name)));

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(HostileClient.Counts.now().journeys()).isEqualTo(before.journeys() + 1);
        String id = JSON.readTree(started.body()).path("journeyId").asText();
        Answer read = client.send("GET", "/v1/journeys/" + id, null, (String) null, Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.contentType()).startsWith("application/json");
    }

    // ---------------------------------------------------------------------------------------------
    // The cases

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(malformed(START, START_BODY, Map.of()));
        cases.addAll(malformed(DOCUMENTS, DOCUMENT, Map.of()));
        cases.addAll(malformed(REVIEW, REVIEW_BODY, Map.of()));
        cases.addAll(malformed(CANCEL, CANCEL_BODY, Map.of()).stream()
                .filter(c -> c.body().length > 0) // a cancel's body is optional: no body is a cancel without a reason
                .toList());
        cases.addAll(wrongTopLevelTypes(START, "body", Map.of()));
        cases.addAll(wrongTopLevelTypes(DOCUMENTS, "document", Map.of()));
        cases.addAll(wrongTopLevelTypes(REVIEW, "body", Map.of()));
        cases.addAll(wrongTopLevelTypes(CANCEL, "body", Map.of()));
        cases.addAll(startCases());
        cases.addAll(documentCases());
        cases.addAll(imageCases());
        cases.addAll(reviewCases());
        cases.addAll(cancelCases());
        cases.addAll(journeyIdCases());
        cases.addAll(contentTypeCases());
        return cases.stream();
    }

    /** Only JSON is read; JSON with a charset parameter is read as strictly as without. */
    private static List<Case> contentTypeCases() {
        List<Case> cases = new ArrayList<>();
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
            cases.add(new Case(
                    "POST /v1/journeys as " + type,
                    "POST",
                    START,
                    type,
                    START_BODY.getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    415,
                    "unsupported-media-type",
                    null));
        }
        cases.add(new Case(
                "POST review as text/plain",
                "POST",
                REVIEW,
                "text/plain",
                REVIEW_BODY.getBytes(StandardCharsets.UTF_8),
                Map.of(),
                415,
                "unsupported-media-type",
                null));
        cases.add(new Case(
                "POST /v1/journeys as JSON with a charset, with a policy",
                "POST",
                START,
                "application/json; charset=utf-8",
                with(START_BODY, "policy", "{}").getBytes(StandardCharsets.UTF_8),
                Map.of(),
                422,
                INVALID,
                "policy"));
        cases.add(new Case(
                "POST cancel as JSON with a charset, reason a number",
                "POST",
                CANCEL,
                "application/json;charset=UTF-8",
                "{\"reason\":5}".getBytes(StandardCharsets.UTF_8),
                Map.of(),
                422,
                INVALID,
                "reason"));
        return cases;
    }

    /** Not one well-formed UTF-8 JSON value: 400 on every route, before any field is looked at. */
    private static List<Case> malformed(String path, String valid, Map<String, String> headers) {
        String route = path.replace(JOURNEY, "{id}") + ": ";
        String firstKey = valid.substring(0, valid.indexOf(':'));
        List<Case> cases = new ArrayList<>();
        cases.add(unreadable(route + "truncated", path, valid.substring(0, valid.length() / 2), headers));
        cases.add(
                unreadable(route + "missing its closing brace", path, valid.substring(0, valid.length() - 1), headers));
        cases.add(unreadable(route + "trailing text", path, valid + " trailing", headers));
        cases.add(unreadable(route + "a second object", path, valid + "{\"b\":2}", headers));
        cases.add(unreadable(route + "two small objects", path, "{\"a\":1}{\"b\":2}", headers));
        cases.add(unreadable(route + "a trailing comma", path, valid.substring(0, valid.length() - 1) + ",}", headers));
        cases.add(unreadable(route + "a repeated key", path, firstKey + ":\"x\"," + valid.substring(1), headers));
        cases.add(unreadable(route + "nested 10000 deep", path, "[".repeat(10_000) + "]".repeat(10_000), headers));
        cases.add(unreadable(
                route + "nested 40 deep in an unknown field",
                path,
                "{\"x\":" + "[".repeat(40) + "]".repeat(40) + "}",
                headers));
        cases.add(unreadable(route + "empty", path, "", headers));
        cases.add(unreadable(route + "only whitespace", path, " \r\n\t ", headers));
        cases.add(unreadable(route + "a byte order mark", path, "\uFEFF" + valid, headers));
        cases.add(unreadable(route + "single quotes", path, valid.replace('"', '\''), headers));
        cases.add(unreadable(route + "a comment", path, "/* note */" + valid, headers));
        cases.add(unreadable(route + "NaN", path, "{\"reason\":NaN}", headers));
        cases.add(unreadable(route + "a raw line break in a string", path, "{\"reason\":\"a\nb\"}", headers));
        cases.add(unreadable(route + "an unknown escape", path, "{\"reason\":\"\\x41\"}", headers));
        cases.add(new Case(
                route + "invalid UTF-8",
                "POST",
                path,
                "application/json",
                concat(
                        "{\"reason\":\"".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, 0x28},
                        "\"}".getBytes(StandardCharsets.UTF_8)),
                headers,
                400,
                UNREADABLE,
                null));
        cases.add(new Case(
                route + "an overlong UTF-8 slash",
                "POST",
                path,
                "application/json",
                concat(
                        "{\"reason\":\"".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC0, (byte) 0xAF},
                        "\"}".getBytes(StandardCharsets.UTF_8)),
                headers,
                400,
                UNREADABLE,
                null));
        cases.add(new Case(
                route + "UTF-16",
                "POST",
                path,
                "application/json",
                valid.getBytes(StandardCharsets.UTF_16LE),
                headers,
                400,
                UNREADABLE,
                null));
        cases.add(unreadable(route + "a 2000-digit number", path, "{\"reason\":" + "9".repeat(2000) + "}", headers));
        return cases;
    }

    /** Well-formed JSON that is not an object: 422 naming the body. */
    private static List<Case> wrongTopLevelTypes(String path, String body, Map<String, String> headers) {
        String route = path.replace(JOURNEY, "{id}") + ": top level ";
        return Stream.of("[]", "[{}]", "\"text\"", "42", "true", "null")
                .map(json -> invalid(route + json, path, json, headers, body))
                .toList();
    }

    private static List<Case> startCases() {
        List<Case> cases = new ArrayList<>();
        // wrong JSON types: never coerced into a string or an object
        for (String json : List.of("12345", "1.5", "true", "[\"a\"]", "{\"a\":1}")) {
            cases.add(start("customerRef as " + json, with(START_BODY, "customerRef", json), "customerRef"));
        }
        for (String json : List.of("\"CHN\"", "[]", "1", "true")) {
            cases.add(start("document as " + json, with(START_BODY, "document", json), "document"));
        }
        for (String json : List.of("156", "[\"CHN\"]", "true", "{}")) {
            cases.add(start(
                    "document.country as " + json, with(START_BODY, "document.country", json), "document.country"));
        }
        for (String json : List.of("1", "[\"ID_CARD\"]")) {
            cases.add(start("document.type as " + json, with(START_BODY, "document.type", json), "document.type"));
        }
        for (String json : List.of("\"" + PNG.substring(0, 16) + "\"", "[]", "1")) {
            cases.add(start(
                    "document.front as " + shorten(json), with(START_BODY, "document.front", json), "document.front"));
        }
        for (String json : List.of("[\"" + PNG.substring(0, 16) + "\"]", "123", "true", "{}")) {
            cases.add(start(
                    "document.front.imageBase64 as " + json,
                    with(START_BODY, "document.front.imageBase64", json),
                    "document.front.imageBase64"));
        }
        cases.add(start("document.back as a string", with(START_BODY, "document.back", "\"x\""), "document.back"));
        cases.add(start(
                "document.back.imageBase64 as an array",
                with(START_BODY, "document.back", "{\"imageBase64\":[]}"),
                "document.back.imageBase64"));
        for (String json : List.of("\"王芳\"", "[]", "1")) {
            cases.add(start("declared as " + json, with(START_BODY, "declared", json), "declared"));
        }
        for (String json : List.of("1", "true", "[\"王芳\"]", "{}")) {
            cases.add(start("declared.name as " + json, with(START_BODY, "declared.name", json), "declared.name"));
        }
        for (String json : List.of("11010519491231002", "[\"11010519491231002X\"]", "true")) {
            cases.add(start(
                    "declared.idNumber as " + json, with(START_BODY, "declared.idNumber", json), "declared.idNumber"));
        }
        // missing what is required
        cases.add(start("an empty object", "{}", "customerRef"));
        cases.add(start("no customerRef", without(START_BODY, "customerRef"), "customerRef"));
        cases.add(start("customerRef null", with(START_BODY, "customerRef", "null"), "customerRef"));
        cases.add(start("customerRef empty", with(START_BODY, "customerRef", "\"\""), "customerRef"));
        cases.add(start("no document", without(START_BODY, "document"), "document"));
        cases.add(start("no document.country", without(START_BODY, "document.country"), "document.country"));
        cases.add(start("no document.type", without(START_BODY, "document.type"), "document.type"));
        cases.add(start("no document.front", without(START_BODY, "document.front"), "document.front"));
        cases.add(start(
                "no document.front.imageBase64",
                with(START_BODY, "document.front", "{}"),
                "document.front.imageBase64"));
        cases.add(start(
                "empty imageBase64",
                with(START_BODY, "document.front.imageBase64", "\"\""),
                "document.front.imageBase64"));
        cases.add(start(
                "a Hong Kong ID card without its back",
                with(with(START_BODY, "document.country", "\"HKG\""), "declared", "null"),
                "document.back"));
        // unknown fields, at every level
        cases.add(start("a policy override", with(START_BODY, "policy", "{\"maxRetakes\":999}"), "policy"));
        cases.add(start("a journeyId", with(START_BODY, "journeyId", text(JourneyIds.newJourneyId())), "journeyId"));
        cases.add(start("a status", with(START_BODY, "status", "\"COMPLETED\""), "status"));
        cases.add(start("customerref in another case", with(START_BODY, "customerref", "\"crm-1\""), "customerref"));
        cases.add(start("__proto__", with(START_BODY, "__proto__", "{\"admin\":true}"), "__proto__"));
        cases.add(start(
                "an unknown field nested 20 deep",
                with(START_BODY, "extra", "[".repeat(20) + "]".repeat(20)),
                "extra"));
        cases.add(start(
                "document.nationality", with(START_BODY, "document.nationality", "\"CHN\""), "document.nationality"));
        cases.add(start(
                "document.front.mediaType",
                with(START_BODY, "document.front.mediaType", "\"image/png\""),
                "document.front.mediaType"));
        cases.add(start(
                "document.back.url",
                with(START_BODY, "document.back", "{\"url\":\"http://169.254.169.254/\"}"),
                "document.back.url"));
        cases.add(start(
                "declared.birthDate", with(START_BODY, "declared.birthDate", "\"1949-12-31\""), "declared.birthDate"));
        // a field whose own name is hostile is named by its position in its object
        cases.add(
                start("a key with a dot", "{\"customerRef\":\"crm-1\",\"document\":" + DOCUMENT + ",\"a.b\":1}", "#3"));
        cases.add(start("an empty key", "{\"customerRef\":\"crm-1\",\"\":1,\"document\":" + DOCUMENT + "}", "#2"));
        cases.add(start("a key with a bidi override", "{\"" + BIDI + "customerRef\":\"crm-1\"}", "#1"));
        cases.add(start("a 1000-character key", "{\"customerRef\":\"crm-1\",\"" + "k".repeat(1000) + "\":1}", "#2"));
        cases.add(start("a key with a NUL", "{\"document\":{\"country\\u0000\":\"CHN\"}}", "document.#1"));
        // hostile strings
        for (String ref : List.of(
                "crm" + BIDI + "1",
                "crm\u00001",
                "crm\n1",
                "crm 1",
                " crm-1",
                "x".repeat(129),
                "x".repeat(10_000),
                "crm-😀",
                "１２３",
                "x'; DROP TABLE journey; --",
                "<script>alert(1)</script>",
                "王芳-110105194912310021")) {
            cases.add(start("customerRef " + shorten(ref), with(START_BODY, "customerRef", text(ref)), "customerRef"));
        }
        cases.add(start(
                "customerRef an unpaired surrogate", with(START_BODY, "customerRef", "\"crm\\ud800\""), "customerRef"));
        for (String mark : List.of(
                "\u202E", "\u202D", "\u202A", "\u202B", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F",
                "\u061C", "\u200B", "\uFEFF", "\u0000", "\t", "\n", "\u007F", "\u0085", "\u2028", "\u2029", "\uE000",
                "\u0378")) {
            cases.add(start(
                    "declared.name with U+" + String.format("%04X", (int) mark.charAt(0)),
                    with(START_BODY, "declared.name", text("王" + mark + "芳")),
                    "declared.name"));
        }
        cases.add(start(
                "declared.name an unpaired surrogate",
                with(START_BODY, "declared.name", "\"王\\udc00芳\""),
                "declared.name"));
        cases.add(start(
                "declared.name 65 characters",
                with(START_BODY, "declared.name", text("芳".repeat(65))),
                "declared.name"));
        cases.add(start("declared.name blank", with(START_BODY, "declared.name", text("   ")), "declared.name"));
        cases.add(start(
                "declared.idNumber with a bidi override",
                with(START_BODY, "declared.idNumber", text("110105194912310" + BIDI + "02X")),
                "declared.idNumber"));
        cases.add(start(
                "declared.idNumber SQL",
                with(START_BODY, "declared.idNumber", text("' OR '1'='1")),
                "declared.idNumber"));
        for (String country : List.of("CHN\u0000", "chn", "ＣＨＮ", "CH" + BIDI + "N", "C", "AUTOMATIC")) {
            cases.add(start(
                    "document.country " + shorten(country),
                    with(START_BODY, "document.country", text(country)),
                    "document.country"));
        }
        cases.add(start(
                "document.type with a bidi override",
                with(START_BODY, "document.type", text("ID_CARD" + BIDI)),
                "document.type"));
        return cases;
    }

    private static List<Case> documentCases() {
        List<Case> cases = new ArrayList<>();
        cases.add(document("country as a number", with(DOCUMENT, "country", "156"), "document.country"));
        cases.add(document("type as an array", with(DOCUMENT, "type", "[\"ID_CARD\"]"), "document.type"));
        cases.add(document("front as a string", with(DOCUMENT, "front", text(PNG.substring(0, 16))), "document.front"));
        cases.add(document(
                "front.imageBase64 as an array",
                with(DOCUMENT, "front.imageBase64", "[]"),
                "document.front.imageBase64"));
        cases.add(document("back as a number", with(DOCUMENT, "back", "1"), "document.back"));
        cases.add(document("an empty object", "{}", "document.country"));
        cases.add(document("no front", without(DOCUMENT, "front"), "document.front"));
        cases.add(document(
                "a customerRef, which only a start takes",
                with(DOCUMENT, "customerRef", "\"crm-1\""),
                "document.customerRef"));
        cases.add(document("the start body's wrapper", "{\"document\":" + DOCUMENT + "}", "document.document"));
        cases.add(document("front.extra", with(DOCUMENT, "front.extra", "true"), "document.front.extra"));
        cases.add(document(
                "a country with a bidi override",
                with(DOCUMENT, "country", text("CH" + BIDI + "N")),
                "document.country"));
        cases.add(document("another country's card", with(DOCUMENT, "country", "\"IDN\""), "document"));
        return cases;
    }

    /** Each image that breaks the base64 rule, or is no image, at the start and on a retake. */
    private static List<Case> imageCases() {
        List<Case> cases = new ArrayList<>();
        hostileImages().forEach((what, image) -> {
            String field = "document.front.imageBase64";
            cases.add(start("imageBase64 " + what, with(START_BODY, field, text(image)), field));
            cases.add(document("imageBase64 " + what, with(DOCUMENT, "front.imageBase64", text(image)), field));
        });
        return cases;
    }

    private static List<Case> reviewCases() {
        List<Case> cases = new ArrayList<>();
        for (String json : List.of("1", "[\"APPROVE\"]", "true")) {
            cases.add(review("decision as " + json, with(REVIEW_BODY, "decision", json), Map.of(), "decision"));
        }
        for (String json : List.of("5", "[\"x\"]", "{}", "true")) {
            cases.add(review("reason as " + json, with(REVIEW_BODY, "reason", json), Map.of(), "reason"));
        }
        cases.add(review("an empty object", "{}", Map.of(), "decision"));
        cases.add(review(
                "a reviewerId in the body", with(REVIEW_BODY, "reviewerId", "\"admin\""), Map.of(), "reviewerId"));
        cases.add(review("an outcome", with(REVIEW_BODY, "outcome", "\"APPROVED\""), Map.of(), "outcome"));
        // the reviewer is the API key's name: a review without a key, or with one that is no key, is refused
        // before the route is reached (the X-Reviewer-Id header that used to name the reviewer is gone)
        cases.add(new Case(
                "POST review: no X-API-Key",
                "POST",
                REVIEW,
                "application/json",
                REVIEW_BODY.getBytes(StandardCharsets.UTF_8),
                Map.of(TestKeys.HEADER, HostileClient.NO_KEY),
                401,
                UNAUTHENTICATED,
                null));
        for (String key : List.of(
                "",
                "r".repeat(300),
                "r".repeat(65),
                "reviewer 7",
                "-reviewer",
                "révieweur",
                "x';DROP",
                "<script>",
                "reviewer/7",
                " ")) {
            cases.add(new Case(
                    "POST review: X-API-Key " + shorten(key),
                    "POST",
                    REVIEW,
                    "application/json",
                    REVIEW_BODY.getBytes(StandardCharsets.UTF_8),
                    Map.of(TestKeys.HEADER, key),
                    401,
                    UNAUTHENTICATED,
                    null));
        }
        for (String reason : List.of(
                BIDI + "approved",
                "ok\u0000",
                "line\nbreak",
                "tab\there",
                "\u2028",
                "\uE000",
                "x".repeat(501),
                "x".repeat(20_000),
                "   ")) {
            cases.add(
                    review("reason " + shorten(reason), with(REVIEW_BODY, "reason", text(reason)), Map.of(), "reason"));
        }
        cases.add(
                review("reason an unpaired surrogate", with(REVIEW_BODY, "reason", "\"\\ud83d\""), Map.of(), "reason"));
        for (String decision : List.of("approve", "APPROVE\u0000", "APPROVE" + BIDI, "ESCALATE", "")) {
            cases.add(review(
                    "decision " + shorten(decision),
                    with(REVIEW_BODY, "decision", text(decision)),
                    Map.of(),
                    "decision"));
        }
        return cases;
    }

    private static List<Case> cancelCases() {
        List<Case> cases = new ArrayList<>();
        for (String json : List.of("5", "[\"x\"]", "{}", "true")) {
            cases.add(cancel("reason as " + json, with(CANCEL_BODY, "reason", json), "reason"));
        }
        cases.add(cancel("a force flag", with(CANCEL_BODY, "force", "true"), "force"));
        cases.add(cancel("a status", with(CANCEL_BODY, "status", "\"CANCELLED\""), "status"));
        for (String reason :
                List.of(BIDI + "gone", "gone\u0000", "gone\r\n", "\u2029", "\uDB80\uDC00", "x".repeat(501), "  ", "")) {
            cases.add(cancel("reason " + shorten(reason), with(CANCEL_BODY, "reason", text(reason)), "reason"));
        }
        return cases;
    }

    /** Ids that are not a journey: 404 on every route, with a body the route would otherwise take. */
    private static List<Case> journeyIdCases() {
        List<Case> cases = new ArrayList<>();
        List<String> ids = List.of(
                JourneyIds.newJourneyId(),
                "nope",
                encode("' OR '1'='1"),
                encode("jny_" + BIDI),
                "%00",
                "JNY_" + "A".repeat(26),
                "jny_" + "0".repeat(200));
        for (String id : ids) {
            String journey = "/v1/journeys/" + id;
            cases.add(new Case(
                    "GET " + shorten(id), "GET", journey, null, null, Map.of(), 404, "journey-not-found", null));
            cases.add(new Case(
                    "documents for " + shorten(id),
                    "POST",
                    journey + "/documents",
                    "application/json",
                    DOCUMENT.getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    404,
                    "journey-not-found",
                    null));
            cases.add(new Case(
                    "review of " + shorten(id),
                    "POST",
                    journey + "/review",
                    "application/json",
                    REVIEW_BODY.getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    404,
                    "journey-not-found",
                    null));
            cases.add(new Case(
                    "cancel of " + shorten(id),
                    "POST",
                    journey + "/cancel",
                    "application/json",
                    CANCEL_BODY.getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    404,
                    "journey-not-found",
                    null));
        }
        cases.add(new Case(
                "GET the journey's id with a suffix",
                "GET",
                "/v1/journeys/" + JOURNEY + "x",
                null,
                null,
                Map.of(),
                404,
                "journey-not-found",
                null));
        cases.add(new Case(
                "GET the journey in capitals",
                "GET",
                "/v1/journeys/" + JOURNEY_IN_CAPITALS,
                null,
                null,
                Map.of(),
                404,
                "journey-not-found",
                null));
        return cases;
    }

    /** Base64 that is not the API's rule (standard alphabet, padded), or that is not an image. */
    private static Map<String, String> hostileImages() {
        String padded = Base64.getEncoder()
                .encodeToString(Arrays.copyOf(PNG_BYTES, PNG_BYTES.length + 3 - PNG_BYTES.length % 3 + 1));
        return Map.of(
                "without its padding",
                padded.replace("=", ""),
                "in the URL-safe alphabet",
                Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xfb, (byte) 0xff, 0x01}) + PNG,
                "as a data: URL",
                "data:image/png;base64," + PNG,
                "with line breaks",
                Base64.getMimeEncoder().encodeToString(PNG_BYTES),
                "with a NUL",
                PNG.substring(0, 8) + "\u0000" + PNG.substring(8),
                "all padding",
                "====",
                "of text, not an image",
                Base64.getEncoder().encodeToString("just some text".getBytes(StandardCharsets.UTF_8)));
    }

    // ---------------------------------------------------------------------------------------------
    // Building requests

    /** One hostile request and how it must be refused; {@code field} is null when no field is to blame. */
    // Raw bytes by design: the body is sent as is; the record is never compared or used as a key.
    @SuppressWarnings("ArrayRecordComponent")
    record Case(
            String name,
            String method,
            String path,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            int status,
            String type,
            String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case start(String name, String body, String field) {
        return invalid("POST /v1/journeys: " + name, START, body, Map.of(), field);
    }

    private static Case document(String name, String body, String field) {
        return invalid("POST documents: " + name, DOCUMENTS, body, Map.of(), field);
    }

    private static Case review(String name, String body, Map<String, String> headers, String field) {
        return invalid("POST review: " + name, REVIEW, body, headers, field);
    }

    private static Case cancel(String name, String body, String field) {
        return invalid("POST cancel: " + name, CANCEL, body, Map.of(), field);
    }

    private static Case invalid(String name, String path, String body, Map<String, String> headers, String field) {
        return new Case(
                name,
                "POST",
                path,
                "application/json",
                body.getBytes(StandardCharsets.UTF_8),
                headers,
                422,
                INVALID,
                field);
    }

    private static Case unreadable(String name, String path, String body, Map<String, String> headers) {
        return new Case(
                name,
                "POST",
                path,
                "application/json",
                body.getBytes(StandardCharsets.UTF_8),
                headers,
                400,
                UNREADABLE,
                null);
    }

    /**
     * {@code json} with the field at a dotted {@code path} set to {@code rawJson}, spliced in as text so that
     * it may be anything, even what a JSON library would not write (an unpaired surrogate's escape).
     */
    private static String with(String json, String path, String rawJson) {
        ObjectNode root = tree(json);
        parent(root, path).put(field(path), SLOT);
        return root.toString().replace("\"" + SLOT + "\"", rawJson);
    }

    private static String without(String json, String path) {
        ObjectNode root = tree(json);
        parent(root, path).remove(field(path));
        return root.toString();
    }

    /** The object that holds the field at a dotted path, made where it is missing. */
    private static ObjectNode parent(ObjectNode root, String path) {
        List<String> keys = Arrays.asList(path.split("\\."));
        ObjectNode parent = root;
        for (String key : keys.subList(0, keys.size() - 1)) {
            parent = parent.get(key) instanceof ObjectNode child ? child : parent.putObject(key);
        }
        return parent;
    }

    private static String field(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** A JSON string holding {@code value}, control characters escaped. */
    private static String text(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode tree(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text) {
        String visible = text.codePoints()
                .mapToObj(c -> Character.isLetterOrDigit(c) || c == ' ' || (c < 0x7f && c > 0x20)
                        ? Character.toString(c)
                        : String.format("U+%04X", c))
                .reduce("", String::concat);
        return visible.length() > 24
                ? visible.substring(0, 12) + "…(" + text.length() + " chars)"
                : "\"" + visible + "\"";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
