package io.onboarding.kyc.worker.journey;

import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes the history of chosen scenarios to {@code src/test/resources/histories/} when asked
 * ({@code -Dkyc.histories.record=true}), so that {@link JourneyReplayTest} can hold every later change
 * of the workflow to the decisions these runs made.
 */
final class HistoryRecorder {

    /** One finished journey per path and outcome. */
    static final Set<String> SCENARIOS = Set.of(
            "approvesWhenEveryCheckPasses",
            "rejectsWhenTheAuthorityHasAnotherNameForTheIdNumber",
            "asksForANewPhotoOfAPhotocopyAndApprovesTheRetake",
            "aReviewerCanReject",
            "anUnansweredReviewIsEscalatedThenExpires",
            "waitsForTheNextBeijingDayWhenTheDailyLimitIsReached",
            "aJourneyCanBeCancelledWhileItWaits",
            "aHongKongCardIsPolledUntilTencentPassesIt",
            "aCardCheckedByTheSuccessorApiIsPolledOnItsOwnQueue",
            "aPaperCopyTheCardVerificationFlagsAsksForANewPhoto",
            "autoTriesTheMainlandFirstThenTencentsAutomaticRecognition");

    static final Path FOLDER = Path.of("src", "test", "resources", "histories");

    private HistoryRecorder() {}

    static void recordIfAsked(WorkflowClient client, String workflowId, String scenario) throws IOException {
        if (!Boolean.getBoolean("kyc.histories.record") || !SCENARIOS.contains(scenario)) {
            return;
        }
        WorkflowExecutionHistory history = client.fetchHistory(workflowId);
        Files.createDirectories(FOLDER);
        Files.writeString(FOLDER.resolve(scenario + ".json"), history.toJson(true));
    }
}
