package io.onboarding.kyc.worker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays committed histories of every path against the current workflow code. A change that would
 * make a running journey take a different decision fails here: guard it with {@code Workflow.getVersion}
 * (see docs/workflows.md), then record the histories again.
 */
class JourneyReplayTest {

    private static TestWorkflowEnvironment environment;
    private static Worker replayer;

    @BeforeAll
    static void replayer() {
        environment = TestWorkflowEnvironment.newInstance();
        // The first replay in a fresh JVM loads the workflow's classes; on a busy machine that alone can
        // pass the default 1 s deadlock detection, which is about blocked workflow code, not class loading.
        replayer = environment.newWorker(
                "replay",
                WorkerOptions.newBuilder()
                        .setDefaultDeadlockDetectionTimeout(10_000)
                        .build());
        replayer.registerWorkflowImplementationTypes(JourneyWorkflowImpl.class);
    }

    @AfterAll
    static void close() {
        environment.close();
    }

    static Stream<Path> histories() throws IOException {
        try (Stream<Path> files = Files.list(HistoryRecorder.FOLDER)) {
            List<Path> histories = files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
            return histories.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void replaysWithoutNonDeterminism(Path history) throws Exception {
        WorkflowReplayer.replayWorkflowExecution(
                WorkflowExecutionHistory.fromJson(Files.readString(history)), replayer);
    }

    @org.junit.jupiter.api.Test
    void everyRecordedScenarioHasItsHistory() throws IOException {
        assertThat(histories().map(p -> p.getFileName().toString().replace(".json", "")))
                .containsAll(HistoryRecorder.SCENARIOS);
    }
}
