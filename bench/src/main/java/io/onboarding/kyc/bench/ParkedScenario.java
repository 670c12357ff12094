package io.onboarding.kyc.bench;

import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import io.onboarding.kyc.sandbox.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 15, item 5, journeys parked for review: what a journey costs while it waits for a person, and how long
 * waking them all takes. Half the journeys park on workers restarted with a small sticky cache, the other half on
 * workers restarted with the default one (so each half meets a fresh cache of its size); after each half, the
 * workers' heap after a full collection against their heap just before it gives the heap per parked journey.
 * With every journey parked, the Temporal server's resident memory; then a reviewer approves every one (the web
 * API's review route, with the support key) and the scenario times until the last has completed. The workers are
 * left with their default settings, and every journey it parked has ended.
 */
final class ParkedScenario implements Scenario {

    /** The small sticky cache: fewer workflows per worker than even a smoke run parks on it. */
    static final int SMALL_CACHE = 5;

    private static final String STICKY_CACHE = "KYC_WORKER_STICKY_CACHE_SIZE";

    @Override
    public String name() {
        return "parked";
    }

    /**
     * Parking 10,000 journeys takes half an hour on a small machine (one OCR call each, at the workers' limit);
     * {@code KYC_BENCH_PARKED_JOURNEYS} runs fewer by hand, and the report says how many.
     */
    private static final String COUNT = "KYC_BENCH_PARKED_JOURNEYS";

    @Override
    public int journeys(boolean smoke) {
        if (smoke) {
            return 30;
        }
        String count = System.getenv(COUNT);
        try {
            return count == null || count.isBlank() ? 10_000 : Math.max(2, Integer.parseInt(count.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(COUNT + " must be a number of journeys, got " + count, e);
        }
    }

    @Override
    public ScenarioResult run(Stack stack, IdentityPool pool, boolean smoke) {
        int count = journeys(smoke);
        if (stack.workers().isEmpty()) {
            return ScenarioResult.skipped(
                    name(), smoke, count, "needs the bench's own stack (restarts the workers, reads their heap)");
        }
        List<Identity> identities = pool.take(count);
        List<String> bodies = ParkedBodies.render(identities, "bench-parked-" + System.currentTimeMillis());
        int half = count / 2;
        Workers.allRunning(stack);
        stack.sandbox().clearFaults();
        JourneyStarter starter = new JourneyStarter(stack);
        SupportDesk desk = new SupportDesk(stack);
        List<String> parked = new ArrayList<>();
        boolean defaults = false;
        boolean woken = false;
        Instant first = Instant.now();
        try {
            stack.restartWorkers(Map.of(STICKY_CACHE, String.valueOf(SMALL_CACHE)));
            Batch small = park(stack, starter, bodies.subList(0, half), parked);
            stack.restartWorkers(Map.of());
            defaults = true;
            Batch standard = park(stack, starter, bodies.subList(half, count), parked);
            long temporalRss = stack.pids().containsKey("temporal")
                    ? JvmMemory.resident(stack.pids().get("temporal"))
                    : -1;

            Instant wake = Instant.now();
            int refused = desk.approveAll(parked);
            Duration reviewsSent = Duration.between(wake, Instant.now());
            JourneyTally tally = JourneyTally.await(
                    stack.database(), parked, StartBodies.APPROVED, Duration.ofSeconds(120 + count / 5));
            woken = tally.stuck() == 0;

            List<Figure> figures = new ArrayList<>(tally.figures());
            figures.add(Figure.count("parked for review", small.parked + standard.parked));
            figures.add(Figure.atMost(
                    "heap after GC per parked journey, sticky cache " + SMALL_CACHE, small.perJourneyKb(), "KB", 5));
            figures.add(Figure.atMost(
                    "heap after GC per parked journey, default sticky cache", standard.perJourneyKb(), "KB", 5));
            figures.add(
                    Figure.of("workers' heap after GC before parking (default cache)", standard.before / 1e6, "MB"));
            figures.add(
                    Figure.of("workers' heap after GC with them parked (default cache)", standard.after / 1e6, "MB"));
            figures.add(Figure.of(
                    "Temporal server resident memory", temporalRss < 0 ? Double.NaN : temporalRss / 1e6, "MB"));
            figures.add(Figure.count("reviews refused", refused));
            figures.add(Figure.of("reviews sent in", reviewsSent.toMillis() / 1000.0, "s"));
            figures.add(Figure.of(
                    "all woken and completed after",
                    tally.lastStopped() == null
                            ? Double.NaN
                            : Duration.between(wake, tally.lastStopped()).toMillis() / 1000.0,
                    "s"));
            List<String> notes = new ArrayList<>();
            notes.add(half + " journeys parked on workers restarted with a sticky cache of " + SMALL_CACHE + ", then "
                    + (count - half) + " on workers restarted with the default (the SDK's 600); each journey a clean"
                    + " front with a declared name that differs from the card's (review: DECLARED_NAME_MISMATCH)");
            notes.add("heap: the sum over " + stack.workers().size() + " workers of the heap in use after jcmd GC.run,"
                    + " just before a half was started and once it had parked, divided by the half's journeys; the"
                    + " first journeys on a fresh worker also fill its caches and pools, which at a smoke count is most"
                    + " of the difference");
            notes.add("wake: " + SupportDesk.CONNECTIONS + " reviewers' connections approve every journey; the first "
                    + half + " were parked before the workers' last restart, so no worker holds them and each is"
                    + " replayed from its history");
            if (starter.refused() > 0) {
                notes.add(starter.refused() + " start(s) refused by the API and not counted as journeys");
            }
            return new ScenarioResult(
                    name(), smoke, count, first, Duration.between(first, Instant.now()), figures, notes, null);
        } finally {
            if (!woken && !parked.isEmpty()) {
                desk.cancelAll(parked); // a failed run must not leave journeys waiting for the next scenarios
            }
            if (!defaults) {
                stack.restartWorkers(Map.of());
            }
        }
    }

    /** Starts the bodies on the workers as they run now and waits until they have parked; the heap around it. */
    private static Batch park(Stack stack, JourneyStarter starter, List<String> bodies, List<String> parked) {
        long before = workersHeap(stack);
        List<String> journeys = starter.startAll(bodies);
        parked.addAll(journeys);
        JourneyTally tally = JourneyTally.await(
                stack.database(), journeys, ParkedBodies.PARKED, Duration.ofSeconds(120 + bodies.size() / 2));
        long after = workersHeap(stack);
        return new Batch(tally.asPromised(), before, after);
    }

    private static long workersHeap(Stack stack) {
        long sum = 0;
        for (ClusterProcess worker : stack.workers()) {
            sum += JvmMemory.heapAfterGc(worker.pid());
        }
        return sum;
    }

    /** One half's journeys that parked as promised, and the workers' heap after GC before and after. */
    private record Batch(int parked, long before, long after) {
        double perJourneyKb() {
            return parked == 0 ? Double.NaN : (after - before) / 1024.0 / parked;
        }
    }
}
