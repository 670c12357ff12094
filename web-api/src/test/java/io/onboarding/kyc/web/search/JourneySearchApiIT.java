package io.onboarding.kyc.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.JourneyWait;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /v1/journeys over real HTTP on PostgreSQL: each filter alone and together, both orders, cursor pages that hold
 * still while journeys are added, every refusal, and who may search. Each test makes its journeys inside a creation
 * window of its own (years from now) and searches within it, so no other test's rows count.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneySearchApiIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each test's window starts a day after the previous one's. */
    private static final AtomicInteger WINDOWS = new AtomicInteger();

    private static final Instant FAR = Instant.parse("2031-01-01T00:00:00Z");

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Inject
    JourneyStore journeys;

    private KeyedHttp http;
    private String support;

    @Override
    public Map<String, String> getProperties() {
        return TestTemporal.withStandInWorker();
    }

    @BeforeAll
    void keys() {
        http = new KeyedHttp(server.getURI());
        support = TestKeys.secret(context, "search-support", ApiRole.SUPPORT);
    }

    @Test
    void eachFilterAloneFindsExactlyItsJourneys() throws Exception {
        Window w = new Window();
        Instant now = Instant.now();
        String approved = w.journey("CHN", "MAINLAND", "COMPLETED", "APPROVED", "", null);
        String rejected =
                w.journey("CHN", "MAINLAND", "COMPLETED", "REJECTED", "ID_NUMBER_MISMATCH,PORTRAIT_MISMATCH", null);
        String review = w.journey(
                "HKG", "FOREIGN", "WAITING_REVIEW", null, "CARD_VERIFICATION_TIMEOUT", now.minus(48, ChronoUnit.HOURS));
        String retake = w.journey("AUTO", null, "WAITING_RETAKE", null, "BLURRY", now.minus(1, ChronoUnit.HOURS));
        String running = w.journey("IDN", "FOREIGN", "RUNNING", null, "", null);
        String failed = w.journey("CHN", "MAINLAND", "FAILED", null, "WORKFLOW_NOT_STARTED", null);
        Instant tenMinutesAgo = now.minus(10, ChronoUnit.MINUTES);
        String limited = w.journey("THA", null, "RUNNING", null, "ID_VERIFICATION_DAILY_LIMIT", null);
        journeys.record(
                new TimelineEntry(
                        new TimelineKey(limited, 2),
                        tenMinutesAgo,
                        "RUNNING",
                        null,
                        "ID_VERIFICATION",
                        null,
                        null,
                        "ID_VERIFICATION_DAILY_LIMIT",
                        "ID_VERIFICATION_DAILY_LIMIT"),
                new JourneyWait("DAILY_LIMIT", null, now.plus(8, ChronoUnit.HOURS), "ID_VERIFICATION_DAILY_LIMIT"));
        String retrying = w.journey("THA", null, "RUNNING", null, "", null);
        journeys.vendorRetrying(
                retrying, "IdCardOCRVerification InternalError", now.plus(20, ChronoUnit.MINUTES), tenMinutesAgo);
        String customerRef = w.customerRef(running);

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("", Set.of(approved, rejected, review, retake, running, failed, limited, retrying));
        expected.put("status=COMPLETED", Set.of(approved, rejected));
        expected.put("status=WAITING_REVIEW&status=WAITING_RETAKE", Set.of(review, retake));
        expected.put("status=RUNNING,FAILED", Set.of(running, failed, limited, retrying));
        expected.put("outcome=REJECTED", Set.of(rejected));
        expected.put("reason=PORTRAIT_MISMATCH", Set.of(rejected));
        expected.put("reason=MISMATCH", Set.of());
        expected.put("country=CHN", Set.of(approved, rejected, failed));
        expected.put("country=AUTO", Set.of(retake));
        expected.put("path=FOREIGN", Set.of(review, running));
        expected.put("path=MAINLAND", Set.of(approved, rejected, failed));
        expected.put("customerRef=" + customerRef, Set.of(running));
        expected.put("waiting=review", Set.of(review));
        expected.put("waiting=retake", Set.of(retake));
        expected.put("waiting=daily-limit", Set.of(limited));
        expected.put("waiting=vendor-retry", Set.of(retrying));
        expected.put("waiting=card-verification", Set.of());
        expected.put("waitingLongerThan=PT24H", Set.of(review));
        expected.put("waitingLongerThan=PT30M", Set.of(review, retake));
        expected.put("waitingLongerThan=PT5M", Set.of(review, retake, limited, retrying));
        expected.put("sort=waiting", Set.of(review, retake, limited, retrying));
        for (Map.Entry<String, Set<String>> filter : expected.entrySet()) {
            assertThat(ids(w.search(filter.getKey())))
                    .as(filter.getKey())
                    .containsExactlyInAnyOrderElementsOf(filter.getValue());
        }
    }

    @Test
    void filtersCombine() throws Exception {
        Window w = new Window();
        Instant now = Instant.now();
        String chnRejected = w.journey("CHN", "MAINLAND", "COMPLETED", "REJECTED", "ID_NUMBER_MISMATCH", null);
        String hkgRejected = w.journey("HKG", "FOREIGN", "COMPLETED", "REJECTED", "ID_NUMBER_MISMATCH", null);
        String oldReview =
                w.journey("HKG", "FOREIGN", "WAITING_REVIEW", null, "X_REVIEW", now.minus(3, ChronoUnit.DAYS));
        String newReview =
                w.journey("HKG", "FOREIGN", "WAITING_REVIEW", null, "X_REVIEW", now.minus(1, ChronoUnit.HOURS));
        String chnReview =
                w.journey("CHN", "MAINLAND", "WAITING_REVIEW", null, "X_REVIEW", now.minus(3, ChronoUnit.DAYS));
        w.journey("AUTO", null, "WAITING_RETAKE", null, "X_RETAKE", now.minus(3, ChronoUnit.DAYS));

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("status=COMPLETED&country=CHN&reason=ID_NUMBER_MISMATCH", Set.of(chnRejected));
        expected.put("outcome=REJECTED&path=FOREIGN", Set.of(hkgRejected));
        expected.put("waiting=review&waitingLongerThan=PT24H&country=HKG", Set.of(oldReview));
        expected.put("waiting=review&country=HKG&sort=waiting", Set.of(oldReview, newReview));
        expected.put("status=WAITING_REVIEW,WAITING_RETAKE&path=MAINLAND", Set.of(chnReview));
        expected.put("reason=X_REVIEW&waitingLongerThan=P2D", Set.of(oldReview, chnReview));
        expected.put("waiting=retake&status=COMPLETED", Set.of());
        // a reason with another filter reads the reason's journeys first (SearchSql): the same answers
        expected.put("status=COMPLETED,WAITING_REVIEW&reason=ID_NUMBER_MISMATCH", Set.of(chnRejected, hkgRejected));
        expected.put("status=WAITING_REVIEW,WAITING_RETAKE&reason=X_REVIEW&path=MAINLAND", Set.of(chnReview));
        expected.put("outcome=APPROVED&reason=ID_NUMBER_MISMATCH", Set.of());
        expected.put("waiting=review&reason=X_REVIEW&country=HKG&sort=waiting", Set.of(oldReview, newReview));
        expected.put("customerRef=" + w.customerRef(hkgRejected) + "&outcome=REJECTED", Set.of(hkgRejected));
        expected.put("customerRef=" + w.customerRef(hkgRejected) + "&outcome=APPROVED", Set.of());
        for (Map.Entry<String, Set<String>> filter : expected.entrySet()) {
            assertThat(ids(w.search(filter.getKey())))
                    .as(filter.getKey())
                    .containsExactlyInAnyOrderElementsOf(filter.getValue());
        }
    }

    @Test
    void newestCreatedFirstOrLongestWaitingFirst() throws Exception {
        Window w = new Window();
        Instant now = Instant.now();
        String first = w.journey("CHN", "MAINLAND", "WAITING_REVIEW", null, "R", now.minus(1, ChronoUnit.HOURS));
        String second = w.journey("CHN", "MAINLAND", "COMPLETED", "APPROVED", "", null);
        String third = w.journey("CHN", "MAINLAND", "WAITING_RETAKE", null, "R", now.minus(5, ChronoUnit.HOURS));
        String fourth = w.journey("CHN", "MAINLAND", "WAITING_REVIEW", null, "R", now.minus(3, ChronoUnit.HOURS));

        assertThat(ids(w.search(""))).containsExactly(fourth, third, second, first);
        assertThat(ids(w.search("sort=created"))).containsExactly(fourth, third, second, first);
        JsonNode waiting = w.search("sort=waiting");
        assertThat(ids(waiting)).containsExactly(third, fourth, first);
        JsonNode oldest = waiting.get("journeys").get(0);
        assertThat(oldest.get("status").asText()).isEqualTo("WAITING_RETAKE");
        assertThat(oldest.get("waiting").get("on").asText()).isEqualTo("RETAKE");
        assertThat(Instant.parse(oldest.get("waiting").get("since").asText()))
                .isCloseTo(now.minus(5, ChronoUnit.HOURS), within(1, ChronoUnit.MILLIS));
        assertThat(oldest.get("waiting").get("detail").asText()).isEqualTo("R");
        assertThat(ids(w.search("sort=waiting&waiting=review"))).containsExactly(fourth, first);
        assertThat(oldest.get("path").asText()).isEqualTo("MAINLAND");
        assertThat(oldest.get("reasons").get(0).asText()).isEqualTo("R");
        assertThat(oldest.has("steps")).isFalse();
        assertThat(oldest.has("identity")).isFalse();
        assertThat(w.search("").get("next").isNull()).isTrue();
    }

    @Test
    void pagesHoldStillWhileJourneysAreAdded() throws Exception {
        Window w = new Window();
        Instant now = Instant.now();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            existing.add(w.journey("THA", "FOREIGN", "WAITING_REVIEW", null, "R", now.minus(10 + i, ChronoUnit.HOURS)));
        }
        // each sort, and each with a reason read first (SearchSql.readsReasonFirst)
        for (String sort : List.of(
                "sort=created",
                "sort=waiting",
                "sort=created&status=WAITING_REVIEW,RUNNING&reason=R",
                "sort=waiting&country=THA&reason=R")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = w.search(sort + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
                assertThat(page.get("journeys").size()).isLessThanOrEqualTo(2);
                seen.addAll(ids(page));
                cursor = page.get("next").isNull() ? null : page.get("next").asText();
                // journeys started (and starting to wait) between pages, as they are in a busy hour
                w.journey("THA", "FOREIGN", "WAITING_REVIEW", null, "R", Instant.now());
                pages++;
            } while (cursor != null && pages < 20);

            assertThat(seen).as(sort).doesNotHaveDuplicates();
            assertThat(seen).as(sort).containsAll(existing);
        }
        // newest first: the seven that were there come in creation order, the later ones before them or not at all
        List<String> created = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = w.search("limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            created.addAll(ids(page));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        List<String> oldestSeven = created.subList(created.size() - 7, created.size());
        List<String> newestFirst = new ArrayList<>(existing);
        java.util.Collections.reverse(newestFirst);
        assertThat(oldestSeven).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void aNextPageAppearsOnlyWhenThereIsOne() throws Exception {
        Window w = new Window();
        for (int i = 0; i < 4; i++) {
            w.journey("SGP", "FOREIGN", "RUNNING", null, "", null);
        }

        JsonNode full = w.search("limit=4");
        JsonNode first = w.search("limit=3");
        JsonNode rest = w.search("limit=3&cursor=" + first.get("next").asText());

        assertThat(full.get("next").isNull()).isTrue();
        assertThat(ids(first)).hasSize(3);
        assertThat(ids(rest)).hasSize(1);
        assertThat(rest.get("next").isNull()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheParameterAndTheRule() throws Exception {
        String page = w0Cursor();
        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put("status=PENDING", new String[] {"status", "one-of"});
        refused.put("status=COMPLETED,", new String[] {"status", "one-of"});
        refused.put("status=", new String[] {"status", "one-of"});
        refused.put("outcome=MAYBE", new String[] {"outcome", "one-of"});
        refused.put("reason=not-a-code", new String[] {"reason", "format"});
        refused.put("country=FRA", new String[] {"country", "one-of"});
        refused.put("path=SIDEWAYS", new String[] {"path", "one-of"});
        refused.put("customerRef=" + enc("two words"), new String[] {"customerRef", "format"});
        refused.put("waiting=forever", new String[] {"waiting", "one-of"});
        refused.put("createdFrom=yesterday", new String[] {"createdFrom", "format"});
        refused.put("createdTo=2026-13-01T00:00:00Z", new String[] {"createdTo", "format"});
        refused.put(
                "createdFrom=2026-11-02T00:00:00Z&createdTo=2026-11-01T00:00:00Z",
                new String[] {"createdFrom", "range"});
        refused.put("createdFrom=" + enc("+12026-01-01T00:00:00Z"), new String[] {"createdFrom", "range"});
        refused.put("createdTo=0001-01-01T00:00:00Z", new String[] {"createdTo", "range"});
        refused.put("waitingLongerThan=24h", new String[] {"waitingLongerThan", "format"});
        refused.put("waitingLongerThan=-PT1H", new String[] {"waitingLongerThan", "range"});
        refused.put("waitingLongerThan=PT99999999999H", new String[] {"waitingLongerThan", "range"});
        refused.put("sort=oldest", new String[] {"sort", "one-of"});
        refused.put("limit=0", new String[] {"limit", "range"});
        refused.put("limit=101", new String[] {"limit", "range"});
        refused.put("limit=ten", new String[] {"limit", "range"});
        refused.put("cursor=not*base64", new String[] {"cursor", "cursor"});
        refused.put("cursor=" + page.substring(0, page.length() - 4), new String[] {"cursor", "cursor"});
        refused.put("cursor=" + tampered(page), new String[] {"cursor", "cursor"});
        refused.put("cursor=" + page + "&sort=waiting", new String[] {"cursor", "cursor"});
        refused.put("outcome=APPROVED&outcome=REJECTED", new String[] {"outcome", "single"});
        refused.put("stauts=COMPLETED", new String[] {"stauts", "unknown-parameter"});
        long before = TestDatabase.shared().count("SELECT count(*) FROM journey");

        for (Map.Entry<String, String[]> bad : refused.entrySet()) {
            HttpResponse<String> answer = http.send(support, "GET", "/v1/journeys?" + bad.getKey(), null);

            assertThat(answer.statusCode())
                    .as(bad.getKey() + ": " + answer.body())
                    .isEqualTo(422);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
            assertThat(error.get("field").asText()).as(bad.getKey()).isEqualTo(bad.getValue()[0]);
            assertThat(error.get("rule").asText()).as(bad.getKey()).isEqualTo(bad.getValue()[1]);
        }
        HttpResponse<String> several = http.send(support, "GET", "/v1/journeys?limit=0&sort=oldest&country=FRA", null);
        assertThat(JSON.readTree(several.body()).get("errors")).hasSize(3);
        assertThat(TestDatabase.shared().count("SELECT count(*) FROM journey")).isEqualTo(before);
    }

    @Test
    void aStartedJourneyIsFoundWithThePathItsCountryGives() throws Exception {
        String product = TestKeys.secret(context, "search-starter", ApiRole.PRODUCT);
        String mainland = "crm-search-start-" + System.nanoTime();
        String auto = "crm-search-auto-" + System.nanoTime();
        String autoBody = KeyedHttp.startBody(auto)
                .replace("\"country\":\"CHN\",\"type\":\"ID_CARD\"", "\"country\":\"AUTO\",\"type\":\"AUTO\"");

        assertThat(http.send(product, "POST", "/v1/journeys", KeyedHttp.startBody(mainland))
                        .statusCode())
                .isEqualTo(202);
        assertThat(http.send(product, "POST", "/v1/journeys", autoBody).statusCode())
                .isEqualTo(202);

        JsonNode found = JSON.readTree(http.send(support, "GET", "/v1/journeys?customerRef=" + mainland, null)
                        .body())
                .get("journeys");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("path").asText()).isEqualTo("MAINLAND");
        assertThat(found.get(0).get("status").asText()).isEqualTo("RUNNING");
        JsonNode undecided = JSON.readTree(http.send(support, "GET", "/v1/journeys?customerRef=" + auto, null)
                        .body())
                .get("journeys");
        assertThat(undecided).hasSize(1);
        assertThat(undecided.get(0).get("path").isNull()).isTrue();
    }

    @Test
    void onlySupportSearches() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(support, 200);
        expected.put(TestKeys.secret(context, "search-product", ApiRole.PRODUCT), 403);
        expected.put(TestKeys.secret(context, "search-admin", ApiRole.ADMIN), 403);
        expected.put(TestKeys.secret(context, "search-engineer", ApiRole.ENGINEER), 403);
        expected.put(TestKeys.secret(context, "search-pii", ApiRole.PII_READ), 403);
        expected.put("kyc_" + "A".repeat(43), 401);
        for (Map.Entry<String, Integer> key : expected.entrySet()) {
            assertThat(http.send(key.getKey(), "GET", "/v1/journeys?limit=1", null)
                            .statusCode())
                    .isEqualTo(key.getValue());
        }
        assertThat(http.send(null, "GET", "/v1/journeys", null).statusCode()).isEqualTo(401);
    }

    /** A real cursor: the first page of a window with two journeys, one per page. */
    private String w0Cursor() throws Exception {
        Window w = new Window();
        w.journey("PHL", "FOREIGN", "RUNNING", null, "", null);
        w.journey("PHL", "FOREIGN", "RUNNING", null, "", null);
        return w.search("limit=1").get("next").asText();
    }

    /** The same token with its journey id's last character changed to one no id holds. */
    private static String tampered(String cursor) {
        String plain = new String(java.util.Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        return java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((plain.substring(0, plain.length() - 1) + "I").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("journeys").forEach(journey -> ids.add(journey.get("journeyId").asText()));
        return ids;
    }

    /** A creation window of one test's own: its journeys are created in it a minute apart, its searches stay in it. */
    private final class Window {

        private final Instant from = FAR.plus(WINDOWS.getAndIncrement(), ChronoUnit.DAYS);
        private final Set<String> refs = new HashSet<>();
        private int made;

        /** A journey created in the window, moved to this status; a waiting one waits since {@code waitingSince}. */
        String journey(
                String country, String path, String status, String outcome, String reasons, Instant waitingSince) {
            String id = JourneyIds.newJourneyId();
            Instant created = from.plus(++made, ChronoUnit.MINUTES);
            String customerRef = "crm-search-" + id.substring(4);
            refs.add(customerRef);
            journeys.create(new Journey(
                    id, customerRef, country, "ID_CARD", "RUNNING", null, null, "", created, created, 0, null));
            if (path != null) {
                journeys.onPath(id, path);
            }
            Instant at = waitingSince != null ? waitingSince : created;
            journeys.record(new TimelineEntry(
                    new TimelineKey(id, 1), at, status, outcome, "DECISION", null, null, null, reasons));
            return id;
        }

        String customerRef(String journeyId) {
            return "crm-search-" + journeyId.substring(4);
        }

        JsonNode search(String query) throws Exception {
            String window = "createdFrom=" + from + "&createdTo=" + from.plus(1, ChronoUnit.DAYS);
            HttpResponse<String> answer =
                    http.send(support, "GET", "/v1/journeys?" + window + (query.isEmpty() ? "" : "&" + query), null);
            assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
            return JSON.readTree(answer.body());
        }
    }
}
