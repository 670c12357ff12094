package io.onboarding.kyc.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.callback.DeliveryState;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.web.KeyedHttp;
import io.onboarding.kyc.web.TestKeys;
import io.onboarding.kyc.web.journey.TestTemporal;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The review queue and claims over real HTTP: who wins a claim race, how a claim lapses and is released, how it
 * gates another reviewer's decision before the journey hears of it, and what each action leaves on the record.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewApiIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Short, so that a lapse can be waited out; every step that needs a live claim takes well under it. */
    private static final Duration CLAIM_FOR = Duration.ofSeconds(4);

    private static final String DECISION = "{\"decision\":\"APPROVE\",\"reason\":\"checked by hand\"}";

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Inject
    JourneyStore journeys;

    @Inject
    SupportActions actions;

    @Inject
    CallbackStore callbacks;

    private KeyedHttp http;
    private String product;
    private IssuedKey deskA;
    private IssuedKey deskB;
    private final ExecutorService reviewers = Executors.newFixedThreadPool(2);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestTemporal.withStandInWorker();
        properties.put("kyc.reviews.claim-for", CLAIM_FOR.toMillis() + "ms");
        return properties;
    }

    @BeforeAll
    void keys() {
        http = new KeyedHttp(server.getURI());
        product = TestKeys.secret(context, "reviews-product", ApiRole.PRODUCT);
        deskA = TestKeys.issue(context, "desk-a", ApiRole.SUPPORT);
        deskB = TestKeys.issue(context, "desk-b", ApiRole.SUPPORT);
    }

    @AfterAll
    void stop() {
        reviewers.shutdownNow();
    }

    @Test
    void aClaimHoldsTheCaseForItsReviewerAndNamesThemToOthers() throws Exception {
        String journeyId = waitingForReview();

        HttpResponse<String> claimed = claim(deskA, journeyId);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        JsonNode claim = JSON.readTree(claimed.body());
        assertThat(claim.get("journeyId").asText()).isEqualTo(journeyId);
        assertThat(claim.get("reviewer").asText()).isEqualTo(name(deskA));
        Instant expires = Instant.parse(claim.get("expiresAt").asText());
        assertThat(Duration.between(Instant.parse(claim.get("claimedAt").asText()), expires))
                .isEqualTo(CLAIM_FOR);

        HttpResponse<String> taken = claim(deskB, journeyId);
        assertProblem(taken, 409, "review-claimed");
        assertThat(JSON.readTree(taken.body()).get("detail").asText())
                .contains(name(deskA))
                .contains(expires.toString());

        HttpResponse<String> extended = claim(deskA, journeyId);
        assertThat(extended.statusCode()).isEqualTo(200);
        assertThat(Instant.parse(JSON.readTree(extended.body()).get("expiresAt").asText()))
                .isAfterOrEqualTo(expires);
        assertThat(JSON.readTree(extended.body()).get("claimedAt")).isEqualTo(claim.get("claimedAt"));
    }

    @Test
    void ofTwoReviewersClaimingAtTheSameInstantExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            String journeyId = waitingForReview();
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> tries = new ArrayList<>();
            for (IssuedKey desk : List.of(deskA, deskB)) {
                tries.add(CompletableFuture.supplyAsync(
                        () -> {
                            ready.countDown();
                            try {
                                go.await(10, TimeUnit.SECONDS);
                                return claim(desk, journeyId);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        reviewers));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            HttpResponse<String> a = tries.get(0).get(60, TimeUnit.SECONDS);
            HttpResponse<String> b = tries.get(1).get(60, TimeUnit.SECONDS);

            assertThat(List.of(a.statusCode(), b.statusCode()))
                    .as("round " + round + ": " + a.body() + " / " + b.body())
                    .containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> won = a.statusCode() == 200 ? a : b;
            HttpResponse<String> lost = a.statusCode() == 200 ? b : a;
            String winner = JSON.readTree(won.body()).get("reviewer").asText();
            assertProblem(lost, 409, "review-claimed");
            assertThat(JSON.readTree(lost.body()).get("detail").asText()).contains(winner);
            assertThat(actions.of(journeyId))
                    .singleElement()
                    .extracting(SupportAction::actor)
                    .isEqualTo(winner);
        }
    }

    @Test
    void aLapsedClaimIsTakenByAnotherReviewer() throws Exception {
        String journeyId = waitingForReview();
        assertThat(claim(deskA, journeyId).statusCode()).isEqualTo(200);

        Thread.sleep(CLAIM_FOR.plusMillis(500).toMillis());
        HttpResponse<String> taken = claim(deskB, journeyId);

        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(JSON.readTree(taken.body()).get("reviewer").asText()).isEqualTo(name(deskB));
        assertThat(actions.of(journeyId)).extracting(SupportAction::actor).containsExactly(name(deskA), name(deskB));
    }

    @Test
    void anotherReviewersDecisionIsRefusedBeforeTheJourneyHearsOfItAndTheHoldersIsNot() throws Exception {
        String journeyId = waitingForReview();
        assertThat(claim(deskA, journeyId).statusCode()).isEqualTo(200);

        HttpResponse<String> byB = decide(deskB, journeyId);
        // The stand-in workflow takes no review: a decision that reaches it is 409 journey-not-waiting. The
        // holder's gets that far; another reviewer's is stopped first, with review-claimed.
        HttpResponse<String> byA = decide(deskA, journeyId);

        assertProblem(byB, 409, "review-claimed");
        assertThat(JSON.readTree(byB.body()).get("detail").asText()).contains(name(deskA));
        assertProblem(byA, 409, "journey-not-waiting");
        assertThat(journeys.find(journeyId).orElseThrow().status()).isEqualTo("WAITING_REVIEW");
        assertThat(actions.of(journeyId))
                .extracting(SupportAction::kind)
                .containsExactly(SupportAction.Kind.REVIEW_CLAIMED);

        HttpResponse<String> releasedByB = release(deskB, journeyId);
        assertProblem(releasedByB, 409, "review-claimed");
        assertThat(release(deskA, journeyId).statusCode()).isEqualTo(204);
        assertThat(release(deskA, journeyId).statusCode())
                .as("nothing left to release")
                .isEqualTo(204);

        // released: anyone may decide again, and B's decision now reaches the journey
        assertProblem(decide(deskB, journeyId), 409, "journey-not-waiting");
        assertThat(actions.of(journeyId))
                .extracting(SupportAction::kind)
                .containsExactly(SupportAction.Kind.REVIEW_CLAIMED, SupportAction.Kind.REVIEW_RELEASED);
        assertThat(actions.of(journeyId)).extracting(SupportAction::actor).containsOnly(name(deskA));
    }

    @Test
    void onlyAJourneyWaitingForReviewIsClaimed() throws Exception {
        String running = started();

        assertProblem(claim(deskA, running), 409, "journey-not-waiting");
        assertProblem(claim(deskA, "jny_00000000000000000000000000"), 404, "journey-not-found");
        assertProblem(release(deskA, "jny_00000000000000000000000000"), 404, "journey-not-found");
        assertThat(http.send(product, "POST", "/v1/journeys/" + running + "/review/claim", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(actions.of(running)).isEmpty();
    }

    @Test
    void theQueueShowsWaitingJourneysOldestFirstWithTheirClaims() throws Exception {
        String first = waitingForReview();
        String second = waitingForReview();
        String third = waitingForReview();
        journeys.record(new TimelineEntry(
                new TimelineKey(second, 2),
                Instant.now(),
                "WAITING_REVIEW",
                null,
                "REVIEW",
                "RUNNING",
                null,
                "ESCALATED",
                "PORTRAIT_MISMATCH"));
        assertThat(claim(deskB, third).statusCode()).isEqualTo(200);

        List<JsonNode> mine = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = http.send(
                    deskA.secret(), "GET", "/v1/reviews?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(page.body());
            assertThat(body.get("reviews").size()).isLessThanOrEqualTo(2);
            body.get("reviews").forEach(review -> {
                if (List.of(first, second, third)
                        .contains(review.get("journeyId").asText())) {
                    mine.add(review);
                }
            });
            cursor = body.get("next").isNull() ? null : body.get("next").asText();
            pages++;
        } while (cursor != null && pages < 1000);

        assertThat(mine).extracting(review -> review.get("journeyId").asText()).containsExactly(first, second, third);
        JsonNode oldest = mine.get(0);
        assertThat(oldest.get("customerRef").asText()).startsWith("crm-review-");
        assertThat(oldest.get("country").asText()).isEqualTo("CHN");
        assertThat(oldest.get("documentType").asText()).isEqualTo("ID_CARD");
        assertThat(oldest.get("reasons").get(0).asText()).isEqualTo("PORTRAIT_MISMATCH");
        assertThat(oldest.get("ageSeconds").asLong()).isNotNegative();
        assertThat(Instant.parse(oldest.get("waitingSince").asText())).isBefore(Instant.now());
        assertThat(oldest.get("claim").isNull()).isTrue();
        assertThat(mine)
                .extracting(review -> review.get("escalated").asBoolean())
                .containsExactly(false, true, false);
        JsonNode claimed = mine.get(2).get("claim");
        assertThat(claimed.get("reviewer").asText()).isEqualTo(name(deskB));
        assertThat(Instant.parse(claimed.get("expiresAt").asText())).isAfter(Instant.now());
    }

    @Test
    void theQueueRefusesABadLimitOrCursorAndKeysWithoutSupport() throws Exception {
        for (String query : List.of("limit=0", "limit=101", "limit=ten")) {
            HttpResponse<String> refused = http.send(deskA.secret(), "GET", "/v1/reviews?" + query, null);
            assertProblem(refused, 422, "invalid-request");
            assertThat(JSON.readTree(refused.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asText())
                    .isEqualTo("limit");
        }
        HttpResponse<String> badCursor = http.send(deskA.secret(), "GET", "/v1/reviews?cursor=bm90LWEtY3Vyc29y", null);
        assertProblem(badCursor, 422, "invalid-request");
        assertThat(JSON.readTree(badCursor.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("cursor");
        assertThat(http.send(product, "GET", "/v1/reviews", null).statusCode()).isEqualTo(403);
        assertThat(http.send(deskA.secret(), "GET", "/v1/reviews?limit=100", null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aCancelAndACallbackResendGoOnTheRecord() throws Exception {
        String cancelled = started();
        HttpResponse<String> cancel = http.send(
                deskA.secret(), "POST", "/v1/journeys/" + cancelled + "/cancel", "{\"reason\":\"customer left\"}");
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(202);
        assertThat(actions.of(cancelled)).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(SupportAction.Kind.CANCELLED);
            assertThat(action.actor()).isEqualTo(name(deskA));
            assertThat(action.detail()).isEqualTo("customer left");
        });

        String called = startedWithCallback();
        journeys.record(new TimelineEntry(
                new TimelineKey(called, 1), Instant.now(), "COMPLETED", "APPROVED", null, null, null, null, ""));
        String deliveryId = callbacks.history(called).get(0).delivery().id();
        callbacks.finish(deliveryId, DeliveryState.GAVE_UP);
        HttpResponse<String> resent = http.send(
                deskB.secret(), "POST", "/v1/journeys/" + called + "/callbacks/" + deliveryId + "/resend", null);
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(202);
        String newDelivery = JSON.readTree(resent.body()).get("deliveryId").asText();
        assertThat(actions.of(called)).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(SupportAction.Kind.CALLBACK_RESENT);
            assertThat(action.actor()).isEqualTo(name(deskB));
            assertThat(action.detail()).isEqualTo(newDelivery);
        });
    }

    private HttpResponse<String> claim(IssuedKey desk, String journeyId) throws Exception {
        return http.send(desk.secret(), "POST", "/v1/journeys/" + journeyId + "/review/claim", null);
    }

    private HttpResponse<String> release(IssuedKey desk, String journeyId) throws Exception {
        return http.send(desk.secret(), "DELETE", "/v1/journeys/" + journeyId + "/review/claim", null);
    }

    private HttpResponse<String> decide(IssuedKey desk, String journeyId) throws Exception {
        return http.send(desk.secret(), "POST", "/v1/journeys/" + journeyId + "/review", DECISION);
    }

    private static String name(IssuedKey key) {
        return key.key().name();
    }

    private String started() throws Exception {
        HttpResponse<String> started =
                http.send(product, "POST", "/v1/journeys", KeyedHttp.startBody("crm-review-" + UUID.randomUUID()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).get("journeyId").asText();
    }

    private String startedWithCallback() throws Exception {
        String start = KeyedHttp.startBody("crm-review-" + UUID.randomUUID());
        String body = start.substring(0, start.length() - 1) + ",\"callbackUrl\":\"https://hooks.bank.example/kyc\"}";
        HttpResponse<String> started = http.send(product, "POST", "/v1/journeys", body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).get("journeyId").asText();
    }

    /** A journey the workflow has sent to review, as its recording activity writes it. */
    private String waitingForReview() throws Exception {
        String journeyId = started();
        journeys.record(new TimelineEntry(
                new TimelineKey(journeyId, 1),
                Instant.now(),
                "WAITING_REVIEW",
                null,
                "REVIEW",
                "RUNNING",
                null,
                "PORTRAIT_MISMATCH",
                "PORTRAIT_MISMATCH"));
        return journeyId;
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(answer.body()).get("type").asText()).endsWith("/" + type);
    }
}
