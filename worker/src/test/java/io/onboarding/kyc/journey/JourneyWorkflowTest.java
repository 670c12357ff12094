package io.onboarding.kyc.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.onboarding.kyc.temporal.TaskQueues;
import io.onboarding.kyc.tencent.TencentFailures;
import io.onboarding.kyc.tencent.faceid.FaceIdActivities;
import io.onboarding.kyc.tencent.faceid.IdVerification;
import io.onboarding.kyc.tencent.faceid.IdVerificationResult;
import io.onboarding.kyc.tencent.faceid.PortraitComparison;
import io.onboarding.kyc.tencent.ocr.CardSide;
import io.onboarding.kyc.tencent.ocr.IdCardOcr;
import io.onboarding.kyc.tencent.ocr.OcrActivities;
import io.onboarding.kyc.tencent.ocr.OcrWarning;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class JourneyWorkflowTest {

    private static final String JOURNEY_ID = "jny_0123456789abcdefghjkmnpqrs";
    private static final IdCardOcr FRONT = new IdCardOcr("ocr-req", "李明", "男", "汉", "1987/1/1", "北京市",
            "440524198701010014", "", "", List.of());

    private TestWorkflowEnvironment env;
    private OcrActivities ocr;
    private FaceIdActivities faceId;
    private JourneyRecordActivities recorder;

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance();
        ocr = mock(OcrActivities.class, withSettings().withoutAnnotations());
        faceId = mock(FaceIdActivities.class, withSettings().withoutAnnotations());
        recorder = mock(JourneyRecordActivities.class, withSettings().withoutAnnotations());

        Worker journeys = env.newWorker(TaskQueues.JOURNEYS);
        journeys.registerWorkflowImplementationTypes(JourneyWorkflowImpl.class);
        journeys.registerActivitiesImplementations(recorder);
        env.newWorker(TaskQueues.TENCENT_OCR).registerActivitiesImplementations(ocr);
        env.newWorker(TaskQueues.TENCENT_FACEID).registerActivitiesImplementations(faceId);
        env.start();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void approvesWhenEveryCheckPasses() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT)).thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(JOURNEY_ID, "李明", "440524198701010014")).thenReturn(match());
        when(faceId.comparePortrait(JOURNEY_ID, "doc-front")).thenReturn(new PortraitComparison("cmp-req", "Success", 93.5));

        JourneyWorkflow workflow = newWorkflow();
        JourneyOutcome outcome = workflow.run(request(null));

        assertThat(outcome).isEqualTo(JourneyOutcome.approved());
        JourneyState state = workflow.state();
        assertThat(state.status()).isEqualTo(JourneyStatus.COMPLETED);
        assertThat(state.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(state.steps()).extracting(StepState::step).containsExactly(
                Step.OCR_FRONT, Step.WARNING_CHECK, Step.ID_VERIFICATION, Step.PORTRAIT_COMPARISON, Step.DECISION);
        assertThat(state.steps()).extracting(StepState::status).containsOnly(StepStatus.PASSED);
        assertThat(state.steps()).extracting(StepState::vendorRequestId)
                .containsExactly("ocr-req", null, "idv-req", "cmp-req", null);
        assertThat(recordedSequences()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void readsTheBackSideWhenGiven() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT)).thenReturn(FRONT);
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-back", CardSide.BACK)).thenReturn(new IdCardOcr("back-req",
                "", "", "", "", "", "", "公安局", "2010.07.21-2030.07.21", List.of()));
        when(faceId.verifyNameAndIdNumber(anyString(), anyString(), anyString())).thenReturn(match());
        when(faceId.comparePortrait(JOURNEY_ID, "doc-front")).thenReturn(new PortraitComparison("cmp-req", "Success", 88));

        JourneyWorkflow workflow = newWorkflow();
        assertThat(workflow.run(request("doc-back")).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(workflow.state().steps()).extracting(StepState::step).contains(Step.OCR_BACK);
    }

    @Test
    void rejectsWhenTheAuthorityHasAnotherNameForTheIdNumber() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT)).thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(JOURNEY_ID, "李明", "440524198701010014"))
                .thenReturn(new IdVerification("idv-req", IdVerificationResult.MISMATCH, "-1", true));

        JourneyWorkflow workflow = newWorkflow();
        JourneyOutcome outcome = workflow.run(request(null));

        assertThat(outcome).isEqualTo(JourneyOutcome.rejected("ID_NAME_MISMATCH"));
        verify(faceId, never()).comparePortrait(anyString(), anyString());
        JourneyState state = workflow.state();
        assertThat(state.steps()).filteredOn(s -> s.step() == Step.ID_VERIFICATION)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(StepStatus.FAILED);
                    assertThat(s.detail()).isEqualTo("ID_NAME_MISMATCH");
                });
        assertThat(state.reasons()).containsExactly("ID_NAME_MISMATCH");
    }

    @Test
    void rejectsWhenThePortraitIsTooUnlikeTheAuthorityPhoto() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT)).thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(anyString(), anyString(), anyString())).thenReturn(match());
        when(faceId.comparePortrait(JOURNEY_ID, "doc-front")).thenReturn(new PortraitComparison("cmp-req", "Success", 31.2));

        JourneyOutcome outcome = newWorkflow().run(request(null));

        assertThat(outcome).isEqualTo(JourneyOutcome.rejected("PORTRAIT_LOW_SIMILARITY"));
    }

    @Test
    void rejectsATamperedCardWithoutCallingTheAuthority() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT)).thenReturn(new IdCardOcr("ocr-req",
                "李明", "男", "汉", "1987/1/1", "北京市", "440524198701010014", "", "", List.of(OcrWarning.PS_ALTERED)));

        JourneyOutcome outcome = newWorkflow().run(request(null));

        assertThat(outcome).isEqualTo(JourneyOutcome.rejected("DOCUMENT_TAMPERED"));
        verify(faceId, never()).verifyNameAndIdNumber(anyString(), anyString(), anyString());
    }

    @Test
    void retriesATransientVendorFailureAndCarriesOn() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenThrow(new RuntimeException("connection reset"))
                .thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(anyString(), anyString(), anyString())).thenReturn(match());
        when(faceId.comparePortrait(JOURNEY_ID, "doc-front")).thenReturn(new PortraitComparison("cmp-req", "Success", 95));

        assertThat(newWorkflow().run(request(null)).outcome()).isEqualTo(Outcome.APPROVED);
        verify(ocr, times(2)).recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT);
    }

    @Test
    void rejectsAnUnreadableImageWithoutRetrying() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT)).thenThrow(
                ApplicationFailure.newNonRetryableFailure("no card", TencentFailures.CALLER_ERROR));

        assertThat(newWorkflow().run(request(null))).isEqualTo(JourneyOutcome.rejected("DOCUMENT_UNREADABLE"));
        verify(ocr, times(1)).recognizeMainlandIdCard(any(), any(), eq(CardSide.FRONT));
    }

    @Test
    void failsWithoutAnOutcomeWhenTheVendorAccountIsMisconfigured() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT)).thenThrow(
                ApplicationFailure.newNonRetryableFailure("bad key", TencentFailures.CONFIGURATION_ERROR));

        JourneyWorkflow workflow = newWorkflow();
        JourneyOutcome outcome = workflow.run(request(null));

        assertThat(outcome.outcome()).isNull();
        assertThat(outcome.reasons()).containsExactly("VENDOR_CONFIGURATION");
        assertThat(workflow.state().status()).isEqualTo(JourneyStatus.FAILED);
    }

    @Test
    void anUndocumentedVendorAnswerFailsTheJourneyWithoutAskingAgain() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT)).thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(anyString(), anyString(), anyString())).thenThrow(
                ApplicationFailure.newNonRetryableFailure("Result -9", TencentFailures.UNDOCUMENTED_ANSWER));

        JourneyWorkflow workflow = newWorkflow();
        JourneyOutcome outcome = workflow.run(request(null));

        assertThat(outcome.reasons()).containsExactly("VENDOR_UNDOCUMENTED_ANSWER");
        assertThat(workflow.state().status()).isEqualTo(JourneyStatus.FAILED);
        verify(faceId, times(1)).verifyNameAndIdNumber(anyString(), anyString(), anyString());
    }

    private JourneyWorkflow newWorkflow() {
        return env.getWorkflowClient().newWorkflowStub(JourneyWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(JourneyIds.workflowId(JOURNEY_ID))
                .setTaskQueue(TaskQueues.JOURNEYS)
                .build());
    }

    private static JourneyRequest request(String backDocumentId) {
        return new JourneyRequest(JOURNEY_ID, new DocumentSubmission("CHN", DocumentType.ID_CARD, "doc-front", backDocumentId));
    }

    private static IdVerification match() {
        return new IdVerification("idv-req", IdVerificationResult.MATCH, "0", true);
    }

    private List<Integer> recordedSequences() {
        ArgumentCaptor<JourneyEvent> events = ArgumentCaptor.forClass(JourneyEvent.class);
        verify(recorder, org.mockito.Mockito.atLeastOnce()).record(events.capture());
        return events.getAllValues().stream().map(JourneyEvent::sequence).toList();
    }
}
