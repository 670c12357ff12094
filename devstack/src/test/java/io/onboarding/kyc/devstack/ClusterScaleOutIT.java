package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.devstack.cluster.Cluster;
import io.onboarding.kyc.devstack.cluster.ClusterProcess;
import io.onboarding.kyc.devstack.cluster.ClusterSettings;
import io.onboarding.kyc.devstack.drill.JourneyDatabase;
import io.onboarding.kyc.devstack.drill.LedgerCall;
import io.onboarding.kyc.devstack.drill.SandboxAdmin;
import io.onboarding.kyc.devstack.samples.Sample;
import io.onboarding.kyc.devstack.samples.SampleCatalogue;
import io.onboarding.kyc.testing.TestDatabase;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scale-out on Temporal's real server: the cluster as bin/cluster runs it (Temporal's dev server, the sandbox at
 * Tencent's documented quotas, two worker processes and one web API, each from its runnable jar), driven over
 * real HTTP with a real product key.
 *
 * <p>Why this needs the real server and two processes: the OCR task queue's limit
 * ({@code setMaxTaskQueueActivitiesPerSecond}, 20/s) is held by Temporal's matching service, which hands out
 * the queue's activity tasks to every poller of every process. The worker also sets the per-process limit
 * ({@code setMaxWorkerActivitiesPerSecond}, 20/s), but that one is counted in each JVM alone: two workers would
 * each take 20/s, 40/s between them, and Tencent (here the sandbox) would answer RequestLimitExceeded. Only the
 * server sees every worker's dispatches; the Java test server ignores the queue limit, so only the real one can
 * prove it.
 *
 * <p>The server's limit is not a one-second window, though. Temporal's matching service splits a queue into
 * partitions (4 by default, {@code matching.numTaskqueueReadPartitions}), gives each a token bucket of rate
 * R/P and burst ceil(R/P), and dispatches from all of them at once. After a pause every bucket is full, so one
 * second can see R + P·ceil(R/P) dispatches: with the worker's default of 20/s up to 40. Run at that default,
 * this test saw 29 OCR calls in one second and 7 RequestLimitExceeded answers (retried, so no journey failed).
 * Tencent counts in any one second; to stay within its 20, R + 4·ceil(R/4) must be at most 20, so R is at most
 * 8 (16 at worst). The server only limits dispatch, though: a worker that pauses (GC, a busy CPU) after taking
 * tasks makes their calls reach Tencent bunched together, and at R = 8 this test still saw 19 calls in one
 * second on a loaded 2-core machine. So the workers pace the calls themselves (TencentPacer, ADR 0025): each call
 * takes its own slot, 1/19 s apart across both workers, from PostgreSQL; the queue's limit, at the same 19/s, only
 * keeps the pacer's queue short. This test runs the cluster with those defaults.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterScaleOutIT {

    private static final String OCR = "RecognizeMainlandIDCardOCR";
    private static final List<String> STOPPED = List.of("COMPLETED", "FAILED", "WAITING_RETAKE", "WAITING_REVIEW");
    /** The mainland samples, each with the place its journey must end. */
    private static final List<Sample> MAINLAND = List.of(
            SampleCatalogue.APPROVED,
            SampleCatalogue.REJECTED_NAME_MISMATCH,
            SampleCatalogue.APPROVED,
            SampleCatalogue.REJECTED_PORTRAIT_MISMATCH,
            SampleCatalogue.REJECTED_EXPIRED,
            SampleCatalogue.APPROVED,
            SampleCatalogue.WAITING_RETAKE,
            SampleCatalogue.WAITING_REVIEW);
    /** Tencent's documented OCR quota, which the sandbox enforces in any one-second window. */
    private static final int OCR_PER_SECOND = 20;
    /** Journeys started at once over HTTP: what a product backend's pool of connections might send. */
    private static final int STARTERS = 4;

    private static final Map<Sample, String> BODIES = new HashMap<>();

    private static TestDatabase db;
    private static Cluster cluster;
    private static DevstackClient client;
    private static WorkflowServiceStubs stubs;
    private static WorkflowClient temporal;
    private static SandboxAdmin sandboxAdmin;
    private static JourneyDatabase journeyDatabase;

    @BeforeAll
    static void startCluster() throws IOException {
        db = TestDatabase.shared();
        Path state = Files.createDirectories(Path.of("target", "cluster-test", String.valueOf(System.nanoTime())))
                .toAbsolutePath();
        Instant started = Instant.now();
        cluster = Cluster.start(ClusterSettings.forTests(
                        2,
                        db.url(),
                        db.user(),
                        db.password(),
                        Path.of("..").toAbsolutePath().normalize(),
                        state)
                // the per-call lines, which ocrCallsLogged() counts, are DEBUG
                .with("KYC_LOG_TENCENT_CALLS", "DEBUG"));
        System.out.printf(
                "cluster: up in %d s (Temporal %s, sandbox %s, web API %s, workers %s); logs in %s/logs%n",
                Duration.between(started, Instant.now()).toSeconds(),
                cluster.temporalTarget(),
                cluster.sandboxUrl(),
                cluster.webUrl(),
                cluster.workers().stream()
                        .map(w -> w.name() + " pid " + w.pid())
                        .toList(),
                state);
        client = new DevstackClient(cluster);
        sandboxAdmin = new SandboxAdmin(cluster.sandboxUrl());
        journeyDatabase = new JourneyDatabase(db.url(), db.user(), db.password());
        stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget(cluster.temporalTarget())
                .build());
        temporal = WorkflowClient.newInstance(
                stubs,
                WorkflowClientOptions.newBuilder().setNamespace("default").build());
        for (Sample sample : MAINLAND) {
            BODIES.put(sample, DevstackClient.sampleFile(sample.file()));
        }
    }

    @AfterAll
    static void stopCluster() {
        if (stubs != null) {
            stubs.shutdownNow();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void cleanSandbox() {
        // a scenario that failed half-way may have left a worker stopped; each starts with both running
        for (ClusterProcess worker : cluster.workers()) {
            if (!worker.isAlive()) {
                worker.start().awaitReady(Duration.ofMinutes(2));
            }
        }
        client.sandbox("DELETE", "/faults", null);
        client.sandbox("DELETE", "/calls", null);
    }

    /**
     * 300 journeys through two workers: every one ends where its sample promises, and Tencent's OCR quota holds
     * across both workers (the workers send at most 20 calls in any one second).
     */
    @Test
    @Order(1)
    void threeHundredJourneysOnTwoWorkersKeepTencentsOcrQuota() throws Exception {
        Map<String, Long> cpuBefore = cpuTicks();
        Map<ClusterProcess, Long> ocrBefore = ocrCallsLogged();
        Instant first = Instant.now();

        Map<String, Sample> journeys = startJourneys(300);
        Instant allStarted = Instant.now();
        Instant last = awaitAllStopped(journeys.keySet(), Duration.ofMinutes(3));

        Map<String, Long> cpuAfter = cpuTicks();
        Map<ClusterProcess, Long> ocrAfter = ocrCallsLogged();
        List<LedgerCall> ledger = sandboxAdmin.calls();
        List<Instant> ocrTimes = SandboxAdmin.times(ledger, OCR);
        int peak = SandboxAdmin.busiestSecond(ocrTimes);
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        double ocrSeconds = Duration.between(ocrTimes.get(0), ocrTimes.get(ocrTimes.size() - 1))
                        .toMillis()
                / 1000.0;
        System.out.printf(
                "quota: %d journeys started in %.1f s (%.1f/s over HTTP), all stopped after %.1f s: %.2f journeys/s;"
                        + " %d OCR calls in %.1f s (%.1f/s average), peak %d in one second (quota %d)%n",
                journeys.size(),
                Duration.between(first, allStarted).toMillis() / 1000.0,
                journeys.size() / (Duration.between(first, allStarted).toMillis() / 1000.0),
                seconds,
                journeys.size() / seconds,
                ocrTimes.size(),
                ocrSeconds,
                ocrTimes.size() / ocrSeconds,
                peak,
                OCR_PER_SECOND);
        long ticksPerSecond = clockTicks();
        Map<String, Long> ocrByName = new HashMap<>();
        for (ClusterProcess worker : cluster.workers()) {
            ocrByName.put(worker.name(), ocrAfter.get(worker) - ocrBefore.get(worker));
        }
        for (String process : cpuAfter.keySet()) {
            double cpu = (cpuAfter.get(process) - cpuBefore.get(process)) / (double) ticksPerSecond;
            System.out.printf(
                    "quota: %s used %.1f s of CPU in %.1f s (%.0f %% of one core, %.0f ms per journey)%s%n",
                    process,
                    cpu,
                    seconds,
                    100 * cpu / seconds,
                    1000 * cpu / journeys.size(),
                    ocrByName.containsKey(process) ? String.format(", made %d OCR calls", ocrByName.get(process)) : "");
        }

        int sentPeak = SandboxAdmin.busiestSecond(journeyDatabase.sentTimes(journeys.keySet(), OCR));
        System.out.printf(
                "quota: the workers sent at most %d OCR calls in one second; the sandbox counted at most %d and"
                        + " answered %s%n",
                sentPeak, peak, resultCodes(ledger));

        assertPromisedOutcomes(journeys);
        assertThat(ocrTimes)
                .as("two OCR calls per journey with a back, one without")
                .hasSizeGreaterThan(300);
        // What the engine sends is what it controls. The sandbox counts a call when it gets to handle it, so on a
        // machine short of CPU it can see calls sent apart arrive together, and answer one RequestLimitExceeded
        // (retried, as Tencent's would be); its count is printed above, not held.
        assertThat(sentPeak)
                .as("OCR calls the workers sent in the busiest second, across both workers")
                .isLessThanOrEqualTo(OCR_PER_SECOND);
        for (ClusterProcess worker : cluster.workers()) {
            assertThat(ocrAfter.get(worker) - ocrBefore.get(worker))
                    .as("OCR calls made by " + worker.name() + ": both workers share the queue")
                    .isPositive();
        }
    }

    /**
     * {@code kill -9} of one worker while journeys run: the other worker takes over what the dead one held (once
     * its activities' start-to-close timeout passes), every journey ends where it should, and no billable answer is
     * bought twice.
     */
    @Test
    @Order(2)
    void aWorkerKilledMidRunLosesNoJourneyAndBuysNothingTwice() throws Exception {
        // A slow vendor, so that the worker dies in the middle of calls rather than between them: at 2 journeys a
        // second, each with four calls of 1.5 s, about six calls are in flight on each worker (at 400 ms, one or
        // two, and one kill in five found the victim between calls)
        client.sandbox("POST", "/faults", "{\"action\":\"*\",\"kind\":\"latency\",\"latencyMs\":1500}");
        ClusterProcess victim = cluster.workers().get(0);
        Instant first = Instant.now();

        Map<String, Sample> journeys = feedWhile(2.0, Duration.ofSeconds(10), () -> {
            System.out.printf("kill: kill -9 %s (pid %d)%n", victim.name(), victim.pid());
            victim.kill();
        });
        Instant last = awaitAllStopped(journeys.keySet(), Duration.ofMinutes(3));

        assertThat(victim.isAlive()).isFalse();
        assertPromisedOutcomes(journeys);
        assertThat(journeyDatabase.billableBoughtTwice(journeys.keySet()))
                .as("billable answers bought twice (journey, action, subject)")
                .isEmpty();
        Map<String, Integer> events = historyFigures(journeys.keySet());
        System.out.printf(
                "kill: %d journeys, all stopped %.1f s after the first start; activities retried after the kill: %d;"
                        + " history figures %s%n",
                journeys.size(),
                Duration.between(first, last).toMillis() / 1000.0,
                events.get("retried activities"),
                events);
        assertThat(events.get("retried activities"))
                .as("activities the killed worker held, run again by the other one")
                .isPositive();

        Instant restart = Instant.now();
        victim.start().awaitReady(Duration.ofMinutes(2));
        System.out.printf(
                "kill: %s back (pid %d) in %.1f s%n",
                victim.name(),
                victim.pid(),
                Duration.between(restart, Instant.now()).toMillis() / 1000.0);
    }

    /**
     * SIGTERM to each worker in turn, starting it again before stopping the next, while journeys keep arriving:
     * each drains what it holds, nothing is lost, and no activity is left to time out and be run again.
     */
    @Test
    @Order(3)
    void aRollingRestartOfTheWorkersLosesNothing() throws Exception {
        client.sandbox("POST", "/faults", "{\"action\":\"*\",\"kind\":\"latency\",\"latencyMs\":400}");
        Instant first = Instant.now();
        List<Integer> exits = Collections.synchronizedList(new ArrayList<>());

        Map<String, Sample> journeys = feedWhile(2.0, Duration.ofSeconds(5), () -> {
            for (ClusterProcess worker : cluster.workers()) {
                Instant stopping = Instant.now();
                int exit = worker.stop(Duration.ofSeconds(60));
                exits.add(exit);
                Instant stopped = Instant.now();
                worker.start().awaitReady(Duration.ofMinutes(2));
                System.out.printf(
                        "restart: %s stopped by SIGTERM in %.1f s (exit %d), ready again %.1f s later (pid %d)%n",
                        worker.name(),
                        Duration.between(stopping, stopped).toMillis() / 1000.0,
                        exit,
                        Duration.between(stopped, Instant.now()).toMillis() / 1000.0,
                        worker.pid());
            }
        });
        Instant last = awaitAllStopped(journeys.keySet(), Duration.ofMinutes(3));

        assertThat(exits).as("each worker's exit on SIGTERM").containsExactly(143, 143);
        assertPromisedOutcomes(journeys);
        assertThat(journeyDatabase.billableBoughtTwice(journeys.keySet())).isEmpty();
        Map<String, Integer> events = historyFigures(journeys.keySet());
        System.out.printf(
                "restart: %d journeys, all stopped %.1f s after the first start; history figures %s%n",
                journeys.size(), Duration.between(first, last).toMillis() / 1000.0, events);
        assertThat(events.get(EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT.name()))
                .as("activities that timed out")
                .isZero();
        assertThat(events.get("retried activities"))
                .as("activities run more than once (a timed-out attempt is retried without an event of its own)")
                .isZero();
        for (ClusterProcess worker : cluster.workers()) {
            // the polls came back before the shutdown, so none was cancelled while the server handed it a task
            assertThat(Files.readString(worker.log(), StandardCharsets.UTF_8))
                    .as(worker.name() + "'s drain")
                    .contains("open poll(s) came back")
                    .contains("every running task finished")
                    .doesNotContain("still open after");
        }
    }

    /** Starts {@code count} journeys over HTTP, {@link #STARTERS} at a time, cycling through the mainland samples. */
    private static Map<String, Sample> startJourneys(int count) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(STARTERS);
        try {
            List<Future<Map.Entry<String, Sample>>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Sample sample = MAINLAND.get(i % MAINLAND.size());
                started.add(starters.submit(() -> Map.entry(start(sample), sample)));
            }
            Map<String, Sample> journeys = new LinkedHashMap<>();
            for (Future<Map.Entry<String, Sample>> each : started) {
                Map.Entry<String, Sample> journey = each.get(2, TimeUnit.MINUTES);
                journeys.put(journey.getKey(), journey.getValue());
            }
            return journeys;
        } finally {
            starters.shutdownNow();
        }
    }

    /**
     * Starts journeys at {@code perSecond} on a thread of its own; after {@code lead} runs {@code meanwhile}
     * (the kill, the restarts) while they keep arriving, then goes on for as long again and stops.
     */
    private static Map<String, Sample> feedWhile(double perSecond, Duration lead, Runnable meanwhile) throws Exception {
        Map<String, Sample> journeys = Collections.synchronizedMap(new LinkedHashMap<>());
        AtomicBoolean feeding = new AtomicBoolean(true);
        ExecutorService feeder = Executors.newSingleThreadExecutor();
        Future<?> fed = feeder.submit(() -> {
            long pause = (long) (1000 / perSecond);
            for (int i = 0; feeding.get(); i++) {
                Sample sample = MAINLAND.get(i % MAINLAND.size());
                journeys.put(start(sample), sample);
                sleep(pause);
            }
        });
        try {
            sleep(lead.toMillis());
            meanwhile.run();
            sleep(lead.toMillis());
        } finally {
            feeding.set(false);
            fed.get(1, TimeUnit.MINUTES);
            feeder.shutdownNow();
        }
        return new LinkedHashMap<>(journeys);
    }

    /** One start, as a product backend sends it; 429 or 503 (an intake limit) would be waited out and sent again. */
    private static String start(Sample sample) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = client.post("/v1/journeys", BODIES.get(sample));
            if (response.statusCode() == 202) {
                return DevstackClient.json(response.body()).path("journeyId").asText();
            }
            assertThat(response.statusCode())
                    .as("start of " + sample.file() + ": " + response.body())
                    .isIn(429, 503);
            assertThat(attempt).as("starts refused in a row").isLessThan(20);
            sleep(250L * attempt);
        }
    }

    /** Waits until every journey has stopped working (read model); returns when the last one did. */
    private static Instant awaitAllStopped(java.util.Set<String> journeys, Duration patience) throws SQLException {
        Instant deadline = Instant.now().plus(patience);
        try (Connection connection = db.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*), max(updated_at) FROM journey" + " WHERE id = ANY(?) AND status = ANY(?)")) {
            Array ids = connection.createArrayOf("varchar", journeys.toArray());
            query.setArray(1, ids);
            query.setArray(2, connection.createArrayOf("varchar", STOPPED.toArray()));
            while (true) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == journeys.size()) {
                        return rows.getTimestamp(2).toInstant();
                    }
                    assertThat(Instant.now())
                            .as(rows.getInt(1) + " of " + journeys.size() + " journeys stopped in " + patience)
                            .isBefore(deadline);
                }
                sleep(500);
            }
        }
    }

    private static void assertPromisedOutcomes(Map<String, Sample> journeys) {
        for (Map.Entry<String, Sample> journey : journeys.entrySet()) {
            JsonNode read = client.journey(journey.getKey());
            Sample.Expected expected = journey.getValue().expected();
            String what = journey.getKey() + " from " + journey.getValue().file() + ": " + read;
            assertThat(read.path("status").asText()).as(what).isEqualTo(expected.status());
            if (!expected.waits()) {
                assertThat(read.path("outcome").asText()).as(what).isEqualTo(expected.outcome());
            }
            assertThat(DevstackClient.texts(read.path("reasons")))
                    .as(what)
                    .containsExactlyInAnyOrderElementsOf(expected.reasons());
            if (!expected.waits()) {
                // a waiting journey's last step (RETAKE, REVIEW) runs until someone acts
                assertThat(read.path("steps").findValuesAsText("status"))
                        .as(what)
                        .doesNotContain("RUNNING");
            }
        }
    }

    private static Map<String, Integer> resultCodes(List<LedgerCall> ledger) {
        Map<String, Integer> codes = new HashMap<>();
        for (LedgerCall call : ledger) {
            codes.merge(call.resultCode(), 1, Integer::sum);
        }
        return codes;
    }

    /**
     * Counts over the journeys' histories: timed-out activities and workflow tasks, and activities whose one
     * recorded start was not their first attempt (Temporal records a retried attempt's timeout in no event of its
     * own: a retried activity shows only as an ActivityTaskStarted with attempt above 1).
     */
    private static Map<String, Integer> historyFigures(java.util.Set<String> journeys) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put(EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT.name(), 0);
        figures.put(EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT.name(), 0);
        figures.put("retried activities", 0);
        figures.put("activities", 0);
        Map<Long, String> activityTypes = new HashMap<>();
        for (String journey : journeys) {
            for (HistoryEvent event :
                    temporal.fetchHistory("journey-" + journey).getEvents()) {
                EventType type = event.getEventType();
                if (figures.containsKey(type.name())) {
                    figures.merge(type.name(), 1, Integer::sum);
                }
                if (type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
                    activityTypes.put(
                            event.getEventId(),
                            event.getActivityTaskScheduledEventAttributes()
                                    .getActivityType()
                                    .getName());
                }
                if (type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED) {
                    figures.merge("activities", 1, Integer::sum);
                    var started = event.getActivityTaskStartedEventAttributes();
                    if (started.getAttempt() > 1) {
                        figures.merge("retried activities", 1, Integer::sum);
                        System.out.printf(
                                "history: journey %s: %s attempt %d on %s, after: %s %s %s%n",
                                journey,
                                activityTypes.get(started.getScheduledEventId()),
                                started.getAttempt(),
                                started.getIdentity(),
                                started.getLastFailure().getFailureInfoCase(),
                                started.getLastFailure().getTimeoutFailureInfo().getTimeoutType(),
                                started.getLastFailure().getMessage());
                    }
                }
            }
        }
        return figures;
    }

    /** CPU time (user + system, in clock ticks) of each worker and the web API, from /proc/<pid>/stat. */
    private static Map<String, Long> cpuTicks() throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        List<ClusterProcess> processes = new ArrayList<>(cluster.workers());
        processes.add(cluster.webApi());
        for (ClusterProcess process : processes) {
            ticks.put(process.name(), cpuTicks(process.pid()));
        }
        if (cluster.temporalPid().isPresent()) {
            ticks.put("temporal", cpuTicks(cluster.temporalPid().get()));
        }
        return ticks;
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** OCR calls each worker has logged so far (one line per Tencent answer). */
    private static Map<ClusterProcess, Long> ocrCallsLogged() {
        Map<ClusterProcess, Long> calls = new LinkedHashMap<>();
        for (ClusterProcess worker : cluster.workers()) {
            try {
                calls.put(
                        worker,
                        Files.readAllLines(worker.log(), StandardCharsets.UTF_8).stream()
                                .filter(line -> line.contains("tencent action=" + OCR + " "))
                                .count());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return calls;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
