package io.onboarding.kyc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.store.audit.SupportAction;
import io.onboarding.kyc.store.audit.SupportActions;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.journey.TimelineEntry;
import io.onboarding.kyc.store.journey.TimelineKey;
import io.onboarding.kyc.store.review.ReviewClaims;
import io.onboarding.kyc.store.review.WaitingReview;
import io.onboarding.kyc.testing.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Claims on reviews in PostgreSQL: one winner under a race, extension, lapse, release, and the queue they show in. */
@MicronautTest(transactional = false) // two threads must see each other's commits
class ReviewClaimsIT extends StoreTest {

    private static final Duration CLAIM_FOR = Duration.ofMinutes(15);
    /** Waits far older than any other test's, so that this class's journeys lead the queue. */
    private static final Instant LONG_AGO = Instant.parse("1991-03-04T05:06:07.123456Z");

    @Inject
    ReviewClaims claims;

    @Inject
    JourneyStore journeys;

    @Inject
    SupportActions actions;

    private final ExecutorService reviewers = Executors.newFixedThreadPool(2);

    @AfterAll
    void stop() {
        reviewers.shutdownNow();
    }

    @Test
    void ofTwoReviewersClaimingAtOnceExactlyOneWinsEveryTime() throws Exception {
        for (int round = 0; round < 20; round++) {
            String journeyId = waitingForReview(Instant.now());
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<ReviewClaims.Outcome>> tries = new ArrayList<>();
            for (String reviewer : List.of("desk-a", "desk-b")) {
                tries.add(CompletableFuture.supplyAsync(
                        () -> {
                            ready.countDown();
                            await(go);
                            return claims.claim(journeyId, reviewer, CLAIM_FOR);
                        },
                        reviewers));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            ReviewClaims.Outcome a = tries.get(0).get(30, TimeUnit.SECONDS);
            ReviewClaims.Outcome b = tries.get(1).get(30, TimeUnit.SECONDS);

            assertThat(List.of(a.won(), b.won())).as("round " + round).containsExactlyInAnyOrder(true, false);
            ReviewClaims.Outcome winner = a.won() ? a : b;
            ReviewClaims.Outcome loser = a.won() ? b : a;
            assertThat(loser.claim()).as("the loser is told who holds it").isEqualTo(winner.claim());
            assertThat(actions.of(journeyId)).singleElement().satisfies(action -> {
                assertThat(action.kind()).isEqualTo(SupportAction.Kind.REVIEW_CLAIMED);
                assertThat(action.actor()).isEqualTo(winner.claim().reviewer());
            });
        }
    }

    @Test
    void claimingOnesOwnClaimAgainExtendsItAndKeepsWhenItBegan() throws Exception {
        String journeyId = waitingForReview(Instant.now());

        ReviewClaims.Outcome first = claims.claim(journeyId, "desk-a", CLAIM_FOR);
        Thread.sleep(20);
        ReviewClaims.Outcome again = claims.claim(journeyId, "desk-a", CLAIM_FOR);

        assertThat(again.won()).isTrue();
        assertThat(again.claim().claimedAt()).isEqualTo(first.claim().claimedAt());
        assertThat(again.claim().expiresAt()).isAfter(first.claim().expiresAt());
        assertThat(claims.claim(journeyId, "desk-b", CLAIM_FOR).claim().reviewer())
                .isEqualTo("desk-a");
    }

    @Test
    void aLapsedClaimIsAnyonesToTake() throws Exception {
        String journeyId = waitingForReview(Instant.now());

        assertThat(claims.claim(journeyId, "desk-a", Duration.ofMillis(300)).won())
                .isTrue();
        assertThat(claims.claim(journeyId, "desk-b", CLAIM_FOR).won()).isFalse();
        Thread.sleep(400);

        assertThat(claims.current(journeyId)).isEmpty();
        ReviewClaims.Outcome taken = claims.claim(journeyId, "desk-b", CLAIM_FOR);
        assertThat(taken.won()).isTrue();
        assertThat(taken.claim().reviewer()).isEqualTo("desk-b");
    }

    @Test
    void onlyTheHolderReleasesAndTheReleaseIsOnTheRecord() {
        String journeyId = waitingForReview(Instant.now());
        claims.claim(journeyId, "desk-a", CLAIM_FOR);

        ReviewClaims.Release byAnother = claims.release(journeyId, "desk-b");
        ReviewClaims.Release byHolder = claims.release(journeyId, "desk-a");
        ReviewClaims.Release again = claims.release(journeyId, "desk-a");

        assertThat(byAnother.released()).isFalse();
        assertThat(byAnother.heldBy()).isNotNull();
        assertThat(byAnother.heldBy().reviewer()).isEqualTo("desk-a");
        assertThat(byHolder.released()).isTrue();
        assertThat(again).isEqualTo(new ReviewClaims.Release(false, null));
        assertThat(claims.current(journeyId)).isEmpty();
        assertThat(actions.of(journeyId))
                .extracting(SupportAction::kind)
                .containsExactly(SupportAction.Kind.REVIEW_CLAIMED, SupportAction.Kind.REVIEW_RELEASED);
    }

    @Test
    void theQueueIsOldestWaitFirstWithEscalationAndClaim() {
        String newer = waitingForReview(LONG_AGO.plusSeconds(30));
        String oldest = waitingForReview(LONG_AGO);
        String escalated = waitingForReview(LONG_AGO.plusSeconds(10));
        journeys.record(new TimelineEntry(
                new TimelineKey(escalated, 2),
                LONG_AGO.plus(Duration.ofDays(1)),
                "WAITING_REVIEW",
                null,
                "REVIEW",
                "RUNNING",
                null,
                "ESCALATED",
                "PORTRAIT_MISMATCH"));
        String ended = waitingForReview(LONG_AGO.plusSeconds(20));
        journeys.record(new TimelineEntry(
                new TimelineKey(ended, 2),
                LONG_AGO.plusSeconds(40),
                "COMPLETED",
                "APPROVED",
                "DECISION",
                "PASSED",
                null,
                "APPROVED",
                ""));
        claims.claim(newer, "desk-q", CLAIM_FOR);

        List<WaitingReview> mine = new ArrayList<>();
        List<WaitingReview> page = claims.queue(null, 2);
        while (!page.isEmpty()) {
            page.stream()
                    .filter(row -> List.of(newer, oldest, escalated, ended).contains(row.journeyId()))
                    .forEach(mine::add);
            WaitingReview last = page.get(page.size() - 1);
            page = claims.queue(new ReviewClaims.QueuePosition(last.waitingSince(), last.journeyId()), 2);
        }

        assertThat(mine).extracting(WaitingReview::journeyId).containsExactly(oldest, escalated, newer);
        assertThat(mine.get(0).waitingSince()).isEqualTo(LONG_AGO);
        assertThat(mine.get(0).reasons()).isEqualTo("PORTRAIT_MISMATCH");
        assertThat(mine).extracting(WaitingReview::escalated).containsExactly(false, true, false);
        // an escalation keeps the wait's start: it is the same wait
        assertThat(mine.get(1).waitingSince()).isEqualTo(LONG_AGO.plusSeconds(10));
        assertThat(mine.get(2).claimedBy()).isEqualTo("desk-q");
        assertThat(mine.get(2).claimExpiresAt()).isAfter(Instant.now());
        assertThat(mine.get(0).claimedBy()).isNull();
    }

    @Test
    void theQueueReadsAnIndexNotTheTable() throws SQLException {
        try (Connection db = TestDatabase.shared().connect();
                Statement statement = db.createStatement()) {
            // a test database is small enough that the planner would rather scan: ask what it does when it may not
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT j.id FROM journey j"
                    + " WHERE j.status = 'WAITING_REVIEW' ORDER BY j.waiting_since, j.id LIMIT 51")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("journey_review_queue_idx").doesNotContain("Sort");
        }
    }

    /** A journey that started waiting for review at {@code since}, as the workflow records it. */
    private String waitingForReview(Instant since) {
        String journeyId = "jny_review" + System.nanoTime();
        try (Connection db = TestDatabase.shared().connect();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO journey (id, customer_ref, country, document_type, status, reasons, created_at,"
                                + " updated_at) VALUES (?, 'crm-review', 'CHN', 'ID_CARD', 'RUNNING', '', ?, ?)")) {
            insert.setString(1, journeyId);
            insert.setTimestamp(2, Timestamp.from(since.minusSeconds(60)));
            insert.setTimestamp(3, Timestamp.from(since.minusSeconds(60)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        journeys.record(new TimelineEntry(
                new TimelineKey(journeyId, 1),
                since,
                "WAITING_REVIEW",
                null,
                "REVIEW",
                "RUNNING",
                null,
                "PORTRAIT_MISMATCH",
                "PORTRAIT_MISMATCH"));
        return journeyId;
    }

    private static void await(CountDownLatch go) {
        try {
            go.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
