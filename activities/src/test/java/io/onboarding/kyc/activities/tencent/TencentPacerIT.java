package io.onboarding.kyc.activities.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.activities.ocr.RecognizeMainlandIdCardOcr;
import io.onboarding.kyc.store.pacing.CallSlots;
import io.onboarding.kyc.testing.TestDatabase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pace against a real PostgreSQL: many callers in two pacers (two workers, sharing nothing but the database)
 * keep an action's quota in every one-second window, aligned or not, and still use nearly all of it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TencentPacerIT implements TestPropertyProvider {

    /** Tencent's OCR quota, the one the sandbox enforces in any one second. */
    private static final int QUOTA = 20;

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Inject
    CallSlots slots;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.shared().micronautProperties().forEach((k, v) -> properties.put(k, v.toString()));
        return properties;
    }

    @Test
    void callersOfTwoWorkersNeverPutMoreThanTheQuotaIntoOneSecondAndUseNearlyAllOfIt() throws Exception {
        TencentAction<?, ?> action = freshAction();
        PaceSettings settings = new PaceSettings(true, 0.95, Duration.ofSeconds(5), Map.of(action.name(), QUOTA));
        List<TencentPacer> workers = List.of(new TencentPacer(slots, settings), new TencentPacer(slots, settings));

        Run run = run(workers, 12, Duration.ofSeconds(8), action);

        List<Long> sent = run.sent();
        int busiest = busiestSecond(sent);
        double rate = (sent.size() - 1) * (double) SECOND / (sent.get(sent.size() - 1) - sent.get(0));
        System.out.printf(
                "pace: %d calls by 24 callers in two pacers, %.2f/s (%.3f of the quota %d), busiest second %d,"
                        + " refused %d%n",
                sent.size(), rate, rate / QUOTA, QUOTA, busiest, run.refused());
        assertThat(run.refused()).as("calls refused within the horizon").isZero();
        assertThat(busiest).as("calls in the busiest one-second window").isLessThanOrEqualTo(QUOTA);
        // 0.95 with CPU to spare (19.00/s at a load average of 8 on 2 cores); on a machine far past its cores, calls
        // that wake late leave their slots empty (0.84 at a load average of 20), which is the point
        assertThat(rate / QUOTA).as("share of the quota used with a backlog").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aCallerWhoseSlotIsBeyondTheHorizonIsRefusedAtOnceAndTakesNoSlot() throws Exception {
        TencentAction<?, ?> action = freshAction();
        // 24 callers at 19/s need 1.3 s to take one slot each; a 0.5 s horizon leaves some without one
        PaceSettings settings = new PaceSettings(true, 0.95, Duration.ofMillis(500), Map.of(action.name(), QUOTA));
        List<TencentPacer> workers = List.of(new TencentPacer(slots, settings), new TencentPacer(slots, settings));

        Run run = run(workers, 12, Duration.ofSeconds(3), action);

        assertThat(run.refused())
                .as("calls refused: no slot within the horizon")
                .isPositive();
        // the horizon bounds the slot; taking a pooled connection (24 callers, 10 connections) and a loaded machine
        // come on top
        assertThat(run.longestWait()).as("the longest wait for a slot").isLessThan(Duration.ofSeconds(2));
        System.out.printf(
                "pace: horizon 0.5 s, %d calls, %d refused, longest wait %d ms%n",
                run.sent().size(), run.refused(), run.longestWait().toMillis());
    }

    /** Each caller takes slot after slot until the time is up, and notes when each call would have gone out. */
    private static Run run(List<TencentPacer> workers, int callersEach, Duration length, TencentAction<?, ?> action)
            throws InterruptedException {
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        List<Long> waits = Collections.synchronizedList(new ArrayList<>());
        int callers = workers.size() * callersEach;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        long end = System.nanoTime() + length.toNanos();
        try {
            for (int i = 0; i < callers; i++) {
                TencentPacer pacer = workers.get(i % workers.size());
                threads.execute(() -> {
                    awaitQuietly(start);
                    while (System.nanoTime() < end) {
                        long asked = System.nanoTime();
                        try {
                            pacer.awaitSlot(action);
                            long now = System.nanoTime();
                            sent.add(now);
                            waits.add(now - asked);
                        } catch (PaceExceededException e) {
                            refused.incrementAndGet();
                            waits.add(System.nanoTime() - asked);
                            sleepQuietly(100);
                        }
                    }
                });
            }
            start.countDown();
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(length.toSeconds() + 30, TimeUnit.SECONDS))
                    .isTrue();
        }
        List<Long> ordered = new ArrayList<>(sent);
        Collections.sort(ordered);
        long longest = waits.stream().mapToLong(Long::longValue).max().orElse(0);
        return new Run(ordered, refused.get(), Duration.ofNanos(longest));
    }

    /** The most calls in any one-second window [t, t + 1 s), wherever it starts (Tencent's count). */
    static int busiestSecond(List<Long> ordered) {
        int busiest = 0;
        int first = 0;
        for (int last = 0; last < ordered.size(); last++) {
            while (ordered.get(last) - ordered.get(first) >= SECOND) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }

    /** An action of its own, so that runs never share a row with each other or with a worker. */
    private static TencentAction<?, ?> freshAction() {
        return new TencentAction<>(
                TencentProduct.OCR,
                "PaceIT" + System.nanoTime(),
                false,
                RecognizeMainlandIdCardOcr.Request.class,
                RecognizeMainlandIdCardOcr.Response.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Run(List<Long> sent, int refused, Duration longestWait) {}
}
