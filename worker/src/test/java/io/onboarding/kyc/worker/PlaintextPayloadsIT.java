package io.onboarding.kyc.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.onboarding.kyc.contract.cardverification.CardVerificationActivities;
import io.onboarding.kyc.contract.faceid.FaceIdActivities;
import io.onboarding.kyc.contract.journey.CancellationRequest;
import io.onboarding.kyc.contract.journey.DocumentSubmission;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyOutcome;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.contract.journey.JourneyState;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.JourneyWorkflow;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.contract.journey.ReviewDecision;
import io.onboarding.kyc.contract.journey.StepState;
import io.onboarding.kyc.contract.journey.StepStatus;
import io.onboarding.kyc.contract.ocr.IdCardOcr;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.contract.ocr.OcrWarning;
import io.onboarding.kyc.contract.temporal.PayloadEncryptionCodec;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.onboarding.kyc.contract.temporal.TemporalClientFactory;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.worker.journey.JourneyWorkflowImpl;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The worker as {@link TemporalWorkerFactory} builds it, on Temporal's own dev server: whoever reaches the
 * gRPC port without the payload key (a plain {@code WorkflowClient}, as {@code temporal workflow update}
 * would send) is refused and changes nothing; the same commands sealed with the key work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaintextPayloadsIT {

    private static final PayloadEncryptionCodec CODEC =
            new PayloadEncryptionCodec("k1", Map.of("k1", new SecretKeySpec(new byte[32], "AES")));
    private static final IdCardOcr TEMPORARY_CARD = new IdCardOcr(
            "ocr-req",
            "李明",
            "男",
            "汉",
            "1987/1/1",
            "北京市",
            "440524198701010014",
            "",
            "",
            List.of(OcrWarning.TEMPORARY_CARD));

    private final List<JourneyEvent> recorded = new CopyOnWriteArrayList<>();
    private WorkflowServiceStubs service;
    private WorkflowClient sealed;
    private WorkflowClient plain;
    private WorkerFactory workers;

    @BeforeAll
    void startWorker() {
        service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget(TemporalDevServer.shared().target())
                .build());
        new SearchAttributeRegistration(service, TemporalDevServer.NAMESPACE).ensureRegistered();
        sealed = WorkflowClient.newInstance(
                service,
                WorkflowClientOptions.newBuilder()
                        .setDataConverter(TemporalClientFactory.encryptingDataConverter(CODEC))
                        .build());
        plain = WorkflowClient.newInstance(service);

        OcrActivities ocr = mock(OcrActivities.class, withSettings().withoutAnnotations());
        when(ocr.recognizeMainlandIdCard(anyString(), anyString(), any())).thenReturn(TEMPORARY_CARD);
        workers = new TemporalWorkerFactory().workerFactory(sealed, CODEC, true, VirtualThreads.OFF, 0);
        io.temporal.worker.Worker journeys = workers.newWorker(TaskQueues.JOURNEYS);
        journeys.registerWorkflowImplementationTypes(JourneyWorkflowImpl.class);
        journeys.registerActivitiesImplementations(new Recorder(recorded));
        workers.newWorker(TaskQueues.TENCENT_OCR).registerActivitiesImplementations(ocr);
        workers.newWorker(TaskQueues.TENCENT_FACEID)
                .registerActivitiesImplementations(
                        mock(FaceIdActivities.class, withSettings().withoutAnnotations()),
                        mock(CardVerificationActivities.class, withSettings().withoutAnnotations()));
        workers.start();
    }

    @AfterAll
    void stopWorker() {
        workers.shutdownNow();
        service.shutdownNow();
    }

    @Test
    void aPlaintextReviewOrCancelIsRefusedAndChangesNothingWhileASealedOneWorks() {
        String journeyId = startWaitingForReview();
        int recordedBefore = recorded.size();

        assertThatThrownBy(() -> plain.newWorkflowStub(JourneyWorkflow.class, JourneyIds.workflowId(journeyId))
                        .review(new ReviewDecision("mallory", ReviewDecision.Decision.APPROVE, "trust me")))
                .as("a plaintext update")
                .isInstanceOf(io.temporal.client.WorkflowUpdateException.class);
        plain.newWorkflowStub(JourneyWorkflow.class, JourneyIds.workflowId(journeyId))
                .cancel(new CancellationRequest("mallory"));
        awaitWorkflowTasksDone(journeyId);

        JourneyState after = journey(journeyId).state();
        assertThat(after.status()).isEqualTo(JourneyStatus.WAITING_REVIEW);
        assertThat(after.outcome()).isNull();
        assertThat(recorded).hasSize(recordedBefore);
        assertThat(failedWorkflowTasks(journeyId))
                .as("the journey is not wedged by what it refused")
                .isZero();

        journey(journeyId).review(new ReviewDecision("reviewer-7", ReviewDecision.Decision.APPROVE, "same person"));

        assertThat(result(journeyId)).isEqualTo(JourneyOutcome.approved());
        assertThat(recorded)
                .extracting(JourneyEvent::detail)
                .contains("APPROVE by reviewer-7")
                .noneMatch(detail -> detail != null && detail.contains("mallory"));
    }

    @Test
    void aSealedCancelEndsTheJourneyAndItsHistoryReplaysOnTheStrictWorker() {
        String journeyId = startWaitingForReview();

        journey(journeyId).cancel(new CancellationRequest("customer left"));

        assertThat(result(journeyId).outcome()).isEqualTo(Outcome.CANCELLED);
        // a query of a closed journey replays its whole history (markers included) through the strict codec
        JourneyState state = journey(journeyId).state();
        assertThat(state.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(state.steps()).extracting(StepState::status).doesNotContain(StepStatus.RUNNING);
    }

    @Test
    void aJourneyStartedInPlaintextNeverRuns() {
        String journeyId = JourneyIds.newJourneyId();
        WorkflowStub stub = plain.newUntypedWorkflowStub(
                "JourneyWorkflow",
                WorkflowOptions.newBuilder()
                        .setWorkflowId(JourneyIds.workflowId(journeyId))
                        .setTaskQueue(TaskQueues.JOURNEYS)
                        .build());
        stub.start(request(journeyId));
        try {
            awaitHistory(journeyId, events -> events.contains(EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED));

            assertThat(recorded).noneMatch(event -> event.journeyId().equals(journeyId));
        } finally {
            stub.terminate("test over");
        }
    }

    private String startWaitingForReview() {
        String journeyId = JourneyIds.newJourneyId();
        WorkflowClient.start(
                sealed.newWorkflowStub(
                        JourneyWorkflow.class,
                        WorkflowOptions.newBuilder()
                                .setWorkflowId(JourneyIds.workflowId(journeyId))
                                .setTaskQueue(TaskQueues.JOURNEYS)
                                .build())::run,
                request(journeyId));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (recorded.stream()
                .noneMatch(e -> e.journeyId().equals(journeyId) && e.status() == JourneyStatus.WAITING_REVIEW)) {
            assertThat(System.nanoTime()).as("journey waits for review").isLessThan(deadline);
            pause();
        }
        awaitWorkflowTasksDone(journeyId);
        return journeyId;
    }

    private static JourneyRequest request(String journeyId) {
        return new JourneyRequest(journeyId, new DocumentSubmission("CHN", DocumentType.ID_CARD, "doc-front", null));
    }

    private JourneyWorkflow journey(String journeyId) {
        return sealed.newWorkflowStub(JourneyWorkflow.class, JourneyIds.workflowId(journeyId));
    }

    private JourneyOutcome result(String journeyId) {
        try {
            return sealed.newUntypedWorkflowStub(JourneyIds.workflowId(journeyId))
                    .getResult(30, java.util.concurrent.TimeUnit.SECONDS, JourneyOutcome.class);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("journey " + journeyId + " did not end: " + events(journeyId), e);
        }
    }

    /** Until the journey's newest workflow task has been answered (completed or failed), nothing scheduled. */
    private void awaitWorkflowTasksDone(String journeyId) {
        awaitHistory(journeyId, events -> {
            EventType last = events.get(events.size() - 1);
            return last != EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED
                    && last != EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED
                    && last != EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED
                    && last != EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
                    && last != EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED;
        });
    }

    private long failedWorkflowTasks(String journeyId) {
        return events(journeyId).stream()
                .filter(e -> e == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED)
                .count();
    }

    private void awaitHistory(String journeyId, Predicate<List<EventType>> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.test(events(journeyId))) {
            assertThat(System.nanoTime())
                    .as("history of " + journeyId + ": " + events(journeyId))
                    .isLessThan(deadline);
            pause();
        }
    }

    private List<EventType> events(String journeyId) {
        return sealed.fetchHistory(JourneyIds.workflowId(journeyId)).getEvents().stream()
                .map(io.temporal.api.history.v1.HistoryEvent::getEventType)
                .toList();
    }

    /** The read model, as a list. */
    static final class Recorder implements JourneyRecordActivities {
        private final List<JourneyEvent> events;

        Recorder(List<JourneyEvent> events) {
            this.events = events;
        }

        @Override
        public void record(JourneyEvent event) {
            events.add(event);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
