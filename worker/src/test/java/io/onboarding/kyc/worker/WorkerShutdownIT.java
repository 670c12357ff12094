package io.onboarding.kyc.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.store.apikey.ApiKeyStore;
import io.onboarding.kyc.store.apikey.ApiRole;
import io.onboarding.kyc.store.apikey.IssuedKey;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.callback.CallbackStore.DeliveryHistory;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.testing.ProcessHealth;
import io.onboarding.kyc.testing.TestDatabase;
import io.onboarding.kyc.worker.callback.CallbackReceiver;
import io.onboarding.kyc.worker.callback.CallbackReceiver.Answer;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged worker ({@code target/kyc-worker.jar}, as {@code java -jar} runs it in production) stopped by a real
 * SIGTERM while a callback attempt waits on a slow receiver: it stops polling, lets the attempt finish and record
 * its result within the grace period, then exits; an attempt that outlasts the grace is interrupted.
 *
 * <p>This JVM keeps a worker context of its own only to write the database rows and start the delivery; its workers
 * are stopped first, so the task can only go to the process under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerShutdownIT {

    private static final Path JAR = Path.of("target", "kyc-worker.jar");
    /** The JVM's exit status after SIGTERM once its shutdown hooks ran: 128 + 15. */
    private static final int ENDED_BY_SIGTERM = 143;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ApplicationContext setup;
    private JourneyRecordActivities recorder;
    private JourneyStore journeys;
    private CallbackStore callbacks;
    private IssuedKey product;
    private Process worker;
    private Path log;

    @BeforeAll
    void prepare() {
        assertThat(JAR)
                .as("built by `package`, which runs before the integration tests")
                .exists();
        Map<String, Object> properties = TestWorkers.properties();
        properties.put("kyc.callbacks.allow-loopback-http", true);
        properties.put("kyc.callbacks.allow-private-addresses", true);
        setup = WorkerApplication.micronaut().properties(properties).start();
        WorkerFactory ours = setup.getBean(WorkerFactory.class);
        ours.shutdown();
        ours.awaitTermination(10, TimeUnit.SECONDS);
        recorder = setup.getBean(JourneyRecordActivities.class);
        journeys = setup.getBean(JourneyStore.class);
        callbacks = setup.getBean(CallbackStore.class);
        product = setup.getBean(ApiKeyStore.class)
                .create("shutdown-it-" + UUID.randomUUID().toString().substring(0, 8), Set.of(ApiRole.PRODUCT));
    }

    @AfterEach
    void stopWorker() throws InterruptedException {
        if (worker != null && worker.isAlive()) {
            worker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    void close() {
        if (setup != null) {
            setup.close();
        }
    }

    @Test
    void aRunningAttemptFinishesAndIsRecordedBeforeTheWorkerExits(TestInfo test) throws Exception {
        try (CallbackReceiver receiver = new CallbackReceiver(n -> new Answer(200, 4_000))) {
            startWorker(test, "20s");
            String journeyId = journeyWithCallback(receiver.url());
            recorder.record(completed(journeyId));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.received().size() == 1);

            long terminated = System.nanoTime();
            worker.destroy();
            assertThat(worker.waitFor(20, TimeUnit.SECONDS))
                    .as("exits within the grace")
                    .isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - terminated);

            assertThat(worker.exitValue()).isEqualTo(ENDED_BY_SIGTERM);
            assertThat(took).as("waited for the receiver's answer").isGreaterThan(Duration.ofSeconds(2));
            DeliveryHistory delivered = history(journeyId);
            assertThat(delivered.delivery().state()).isEqualTo("DELIVERED");
            assertThat(delivered.attempts())
                    .singleElement()
                    .satisfies(a -> assertThat(a.statusCode()).isEqualTo(200));
            assertThat(Files.readString(log))
                    .contains("every running task finished")
                    .doesNotContain("Channel shutdown invoked");
        }
    }

    @Test
    void anAttemptThatOutlastsTheGraceIsInterrupted(TestInfo test) throws Exception {
        try (CallbackReceiver receiver = new CallbackReceiver(n -> new Answer(200, 4_500))) {
            startWorker(test, "1s");
            String journeyId = journeyWithCallback(receiver.url());
            recorder.record(completed(journeyId));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.received().size() == 1);

            long terminated = System.nanoTime();
            worker.destroy();
            assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - terminated);

            assertThat(worker.exitValue()).isEqualTo(ENDED_BY_SIGTERM);
            assertThat(took).as("did not wait for the receiver").isLessThan(Duration.ofMillis(4_000));
            assertThat(Files.readString(log)).contains("interrupting what runs");
        }
    }

    /** {@code java -jar target/kyc-worker.jar}, configured from the environment only, once it is ready. */
    private void startWorker(TestInfo test, String grace) throws IOException {
        int port = TemporalDevServer.freePort();
        log = Path.of(
                "target", "worker-process-" + test.getTestMethod().orElseThrow().getName() + ".log");
        ProcessBuilder command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = command.environment();
        env.put("KYC_DB_URL", TestDatabase.shared().url());
        env.put("KYC_DB_USER", TestDatabase.shared().user());
        env.put("KYC_DB_PASSWORD", TestDatabase.shared().password());
        env.put("KYC_TEMPORAL_TARGET", TemporalDevServer.shared().target());
        env.put("KYC_TEMPORAL_NAMESPACE", TemporalDevServer.NAMESPACE);
        env.put("KYC_TEMPORAL_PAYLOAD_KEY", TestWorkers.TEST_KEY);
        env.put("KYC_SEALING_KEY", TestWorkers.TEST_KEY);
        env.put("TENCENTCLOUD_SECRET_ID", "test-secret-id");
        env.put("TENCENTCLOUD_SECRET_KEY", "test-secret-key");
        env.put("KYC_WORKER_MANAGEMENT_PORT", String.valueOf(port));
        env.put("KYC_CALLBACKS_ALLOW_LOOPBACK_HTTP", "true");
        env.put("KYC_CALLBACKS_ALLOW_PRIVATE_ADDRESSES", "true");
        env.put("KYC_WORKER_SHUTDOWN_GRACE", grace);
        worker = command.start();
        ProcessHealth.awaitHealthy(
                worker,
                URI.create("http://127.0.0.1:" + port + "/health/readiness"),
                Duration.ofSeconds(40),
                log.toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains("Polling task queues"));
    }

    private String journeyWithCallback(String url) {
        String journeyId = TestWorkers.runningJourney(journeys, product.key().id());
        callbacks.register(journeyId, url, product.key().id());
        return journeyId;
    }

    private static JourneyEvent completed(String journeyId) {
        return new JourneyEvent(
                journeyId,
                1,
                Instant.now(),
                JourneyStatus.COMPLETED,
                Outcome.APPROVED,
                null,
                null,
                null,
                null,
                List.of(),
                null);
    }

    private DeliveryHistory history(String journeyId) {
        List<DeliveryHistory> all = callbacks.history(journeyId);
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
