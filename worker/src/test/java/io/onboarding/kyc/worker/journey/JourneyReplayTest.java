package io.onboarding.kyc.worker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays committed histories of every path against the current workflow code. A change that would
 * make a running journey take a different decision fails here: guard it with {@code Workflow.getVersion}
 * (see docs/workflows.md), then record the histories again.
 */
class JourneyReplayTest {

    static Stream<Path> histories() throws IOException {
        return Files.list(HistoryRecorder.FOLDER).filter(file -> file.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void replaysWithoutNonDeterminism(Path history) throws Exception {
        WorkflowReplayer.replayWorkflowExecution(Files.readString(history), JourneyWorkflowImpl.class);
    }

    @org.junit.jupiter.api.Test
    void everyRecordedScenarioHasItsHistory() throws IOException {
        assertThat(histories().map(p -> p.getFileName().toString().replace(".json", "")))
                .containsAll(HistoryRecorder.SCENARIOS);
    }
}
