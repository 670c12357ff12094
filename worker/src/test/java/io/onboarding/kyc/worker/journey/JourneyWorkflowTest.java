package io.onboarding.kyc.worker.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.onboarding.kyc.contract.cardverification.CardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.CardVerificationApi;
import io.onboarding.kyc.contract.cardverification.CardVerificationPoll;
import io.onboarding.kyc.contract.cardverification.CardVerificationStarted;
import io.onboarding.kyc.contract.cardverification.CardVerificationStatus;
import io.onboarding.kyc.contract.cardverification.ExternalCardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.ForeignCardSubmission;
import io.onboarding.kyc.contract.faceid.FaceIdActivities;
import io.onboarding.kyc.contract.faceid.IdVerification;
import io.onboarding.kyc.contract.faceid.IdVerificationResult;
import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.onboarding.kyc.contract.journey.CancellationRequest;
import io.onboarding.kyc.contract.journey.DeclaredIdentity;
import io.onboarding.kyc.contract.journey.DocumentSubmission;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.JourneyEvent;
import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.contract.journey.JourneyOutcome;
import io.onboarding.kyc.contract.journey.JourneyPath;
import io.onboarding.kyc.contract.journey.JourneyPolicy;
import io.onboarding.kyc.contract.journey.JourneyRecordActivities;
import io.onboarding.kyc.contract.journey.JourneyRequest;
import io.onboarding.kyc.contract.journey.JourneyState;
import io.onboarding.kyc.contract.journey.JourneyStatus;
import io.onboarding.kyc.contract.journey.JourneyWorkflow;
import io.onboarding.kyc.contract.journey.Outcome;
import io.onboarding.kyc.contract.journey.RetakeSubmission;
import io.onboarding.kyc.contract.journey.ReviewDecision;
import io.onboarding.kyc.contract.journey.Step;
import io.onboarding.kyc.contract.journey.StepState;
import io.onboarding.kyc.contract.journey.StepStatus;
import io.onboarding.kyc.contract.journey.Waiting;
import io.onboarding.kyc.contract.ocr.CardSide;
import io.onboarding.kyc.contract.ocr.IdCardOcr;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.contract.ocr.OcrWarning;
import io.onboarding.kyc.contract.temporal.JourneySearchAttributes;
import io.onboarding.kyc.contract.temporal.TaskQueues;
import io.onboarding.kyc.contract.vendor.VendorFailureTypes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributeKey;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.mockito.ArgumentCaptor;

/**
 * One test per row of the journey's scenario table: every path, waiting state, deadline and outcome.
 * Activities are Mockito mocks; Temporal's test environment skips time through timers and deadlines.
 * The tests share nothing, so they run side by side (junit-platform.properties turns that on).
 */
@Execution(ExecutionMode.CONCURRENT) // each test has its own test environment, mocks and clock
class JourneyWorkflowTest {

    private static final String JOURNEY_ID = "jny_0123456789abcdefghjkmnpqrs";
    private static final String ID_NUMBER = "440524198701010014";
    private static final IdCardOcr FRONT = front("ocr-req", List.of());
    private static final IdCardOcr BACK =
            new IdCardOcr("back-req", "", "", "", "", "", "", "公安局", "2018.04.09-2038.04.09", List.of());

    private TestWorkflowEnvironment env;
    private OcrActivities ocr;
    private FaceIdActivities faceId;
    private CardVerificationActivities cards;
    private ExternalCardVerificationActivities externalCards;
    /** The worker's tencent.card-verification for the journeys a test starts. */
    private CardVerificationApi cardVerificationApi = CardVerificationApi.LEGACY;

    private JourneyRecordActivities recorder;
    private JourneyWorkflow journey;

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance();
        for (SearchAttributeKey<?> key : JourneySearchAttributes.ALL) {
            env.registerSearchAttribute(key.getName(), key.getValueType());
        }
        ocr = mock(OcrActivities.class, withSettings().withoutAnnotations());
        faceId = mock(FaceIdActivities.class, withSettings().withoutAnnotations());
        cards = mock(CardVerificationActivities.class, withSettings().withoutAnnotations());
        externalCards =
                mock(ExternalCardVerificationActivities.class, withSettings().withoutAnnotations());
        recorder = mock(JourneyRecordActivities.class, withSettings().withoutAnnotations());

        Worker journeys = env.newWorker(TaskQueues.JOURNEYS);
        journeys.registerWorkflowImplementationFactory(
                JourneyWorkflow.class, () -> new JourneyWorkflowImpl(cardVerificationApi));
        journeys.registerActivitiesImplementations(recorder);
        env.newWorker(TaskQueues.TENCENT_OCR).registerActivitiesImplementations(ocr);
        env.newWorker(TaskQueues.TENCENT_FACEID).registerActivitiesImplementations(faceId, cards);
        env.newWorker(TaskQueues.TENCENT_CARD_VERIFICATION).registerActivitiesImplementations(externalCards);
        env.start();
        journey = env.getWorkflowClient()
                .newWorkflowStub(
                        JourneyWorkflow.class,
                        WorkflowOptions.newBuilder()
                                .setWorkflowId(JourneyIds.workflowId(JOURNEY_ID))
                                .setTaskQueue(TaskQueues.JOURNEYS)
                                .build());
    }

    @AfterEach
    void tearDown(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
        HistoryRecorder.recordIfAsked(
                env.getWorkflowClient(),
                JourneyIds.workflowId(JOURNEY_ID),
                test.getTestMethod().orElseThrow().getName());
        env.close();
    }

    // --- mainland: straight through ---------------------------------------------------------------

    @Test
    void approvesWhenEveryCheckPasses() {
        mainlandCardPassing();

        assertThat(journey.run(mainland(null))).isEqualTo(JourneyOutcome.approved());

        JourneyState state = journey.state();
        assertThat(state.status()).isEqualTo(JourneyStatus.COMPLETED);
        assertThat(state.path()).isEqualTo(JourneyPath.MAINLAND);
        assertThat(state.steps())
                .extracting(StepState::step)
                .containsExactly(
                        Step.OCR_FRONT,
                        Step.WARNING_CHECK,
                        Step.LOCAL_CHECKS,
                        Step.ID_VERIFICATION,
                        Step.PORTRAIT_COMPARISON,
                        Step.DECISION);
        assertThat(state.steps()).extracting(StepState::status).containsOnly(StepStatus.PASSED);
        assertThat(state.steps())
                .extracting(StepState::vendorRequestId)
                .containsExactly("ocr-req", null, null, "idv-req", "cmp-req", null);
        assertThat(recordedSequences())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 11).boxed().toList());
    }

    @Test
    void readsTheBackAndChecksItsValidity() {
        mainlandCardPassing();
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-back", CardSide.BACK)).thenReturn(BACK);

        assertThat(journey.run(mainland("doc-back")).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(journey.state().steps()).extracting(StepState::step).contains(Step.OCR_BACK);
    }

    @Test
    void rejectsWhenTheAuthorityHasAnotherNameForTheIdNumber() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(JOURNEY_ID, "李明", ID_NUMBER))
                .thenReturn(new IdVerification("idv-req", IdVerificationResult.MISMATCH, "-1", true));

        assertThat(journey.run(mainland(null))).isEqualTo(JourneyOutcome.rejected("ID_NAME_MISMATCH"));
        verify(faceId, never()).comparePortrait(anyString(), anyString());
    }

    @Test
    void rejectsWhenThePortraitIsTooUnlikeTheAuthorityPhoto() {
        mainlandCardPassing();
        when(faceId.comparePortrait(JOURNEY_ID, "doc-front"))
                .thenReturn(PortraitComparison.of("cmp-req", "Success", 31.2));

        assertThat(journey.run(mainland(null))).isEqualTo(JourneyOutcome.rejected("PORTRAIT_LOW_SIMILARITY"));
    }

    @Test
    void rejectsATamperedCardWithoutPayingTheAuthority() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(front("ocr-req", List.of(OcrWarning.BLURRY, OcrWarning.PS_ALTERED)));

        assertThat(journey.run(mainland(null))).isEqualTo(JourneyOutcome.rejected("DOCUMENT_TAMPERED"));
        verify(faceId, never()).verifyNameAndIdNumber(anyString(), anyString(), anyString());
    }

    @Test
    void rejectsAnExpiredCardOnTheLocalChecksAlone() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(FRONT);
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-back", CardSide.BACK))
                .thenReturn(
                        new IdCardOcr("back-req", "", "", "", "", "", "", "公安局", "2000.01.01-2010.01.01", List.of()));

        assertThat(journey.run(mainland("doc-back"))).isEqualTo(JourneyOutcome.rejected("CARD_EXPIRED"));
        verify(faceId, never()).verifyNameAndIdNumber(anyString(), anyString(), anyString());
    }

    @Test
    void rejectsWhenTheCardIsNotTheDeclaredPersons() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(FRONT);
        JourneyRequest request = new JourneyRequest(
                JOURNEY_ID,
                document("CHN", DocumentType.ID_CARD, null),
                new DeclaredIdentity("李明", "440305199505132561"),
                null);

        assertThat(journey.run(request)).isEqualTo(JourneyOutcome.rejected("DECLARED_ID_NUMBER_MISMATCH"));
    }

    // --- retakes -----------------------------------------------------------------------------------

    @Test
    void asksForANewPhotoOfAPhotocopyAndApprovesTheRetake() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(front("ocr-1", List.of(OcrWarning.PHOTOCOPY)));
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-retake", CardSide.FRONT))
                .thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(anyString(), anyString(), anyString()))
                .thenReturn(match());
        when(faceId.comparePortrait(JOURNEY_ID, "doc-retake"))
                .thenReturn(PortraitComparison.of("cmp-req", "Success", 95));

        WorkflowClient.start(journey::run, mainland(null));
        JourneyState waiting = awaitState(s -> s.status() == JourneyStatus.WAITING_RETAKE);
        assertThat(waiting.reasons()).containsExactly("DOCUMENT_COPY");
        assertThat(waiting.waiting().reason()).isEqualTo(Waiting.WaitingFor.RETAKE);

        journey.submitRetake(new RetakeSubmission("doc-retake", null));

        assertThat(result()).isEqualTo(JourneyOutcome.approved());
        assertThat(journey.state().retakes()).isEqualTo(1);
        verify(faceId).comparePortrait(JOURNEY_ID, "doc-retake");
    }

    @Test
    void anUnreadablePhotoIsTheCustomersToRetake() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenThrow(ApplicationFailure.newNonRetryableFailure("no card", VendorFailureTypes.CALLER_ERROR));

        WorkflowClient.start(journey::run, mainland(null));

        assertThat(awaitState(s -> s.status() == JourneyStatus.WAITING_RETAKE).reasons())
                .containsExactly("DOCUMENT_UNREADABLE");
        verify(ocr, times(1)).recognizeMainlandIdCard(any(), any(), eq(CardSide.FRONT));
    }

    @Test
    void expiresWhenNoNewPhotoArrivesInTime() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(front("ocr-1", List.of(OcrWarning.BLURRY)));

        JourneyOutcome outcome = journey.run(mainland(null));

        assertThat(outcome).isEqualTo(new JourneyOutcome(Outcome.EXPIRED, List.of("RETAKE_TIMEOUT")));
        assertThat(journey.state().steps())
                .filteredOn(s -> s.step() == Step.RETAKE)
                .singleElement()
                .satisfies(s -> assertThat(s.detail()).isEqualTo("RETAKE_TIMEOUT"))
                .satisfies(s -> assertThat(s.status()).isEqualTo(StepStatus.SKIPPED));
        assertNoStepLeftRunning();
    }

    @Test
    void rejectsOnceTheRetakesAreUsedUp() {
        when(ocr.recognizeMainlandIdCard(eq(JOURNEY_ID), anyString(), eq(CardSide.FRONT)))
                .thenReturn(front("ocr-1", List.of(OcrWarning.RESHOOT)));

        WorkflowClient.start(journey::run, mainland(null));
        for (int retake = 1; retake <= JourneyPolicy.defaults().maxRetakes(); retake++) {
            awaitState(s -> s.status() == JourneyStatus.WAITING_RETAKE);
            journey.submitRetake(new RetakeSubmission("doc-retake-" + retake, null));
            int received = retake;
            awaitState(s -> s.retakes() == received);
        }

        assertThat(result()).isEqualTo(JourneyOutcome.rejected("DOCUMENT_RESHOT", "RETAKES_EXHAUSTED"));
    }

    @Test
    void refusesARetakeWhenNoneIsAwaitedAndChangesNothing() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(front("ocr-1", List.of(OcrWarning.TEMPORARY_CARD)));
        WorkflowClient.start(journey::run, mainland(null));
        awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW);

        assertThatThrownBy(() -> journey.submitRetake(new RetakeSubmission("doc-x", null)))
                .isInstanceOf(WorkflowUpdateException.class);

        JourneyState after = journey.state();
        assertThat(after.status()).isEqualTo(JourneyStatus.WAITING_REVIEW);
        assertThat(after.retakes()).isZero();
    }

    @Test
    void aFinishedJourneyTakesNoMoreUpdates() {
        mainlandCardPassing();
        journey.run(mainland(null));

        assertThatThrownBy(
                        () -> journey.review(new ReviewDecision("reviewer-7", ReviewDecision.Decision.REJECT, "late")))
                .isInstanceOf(io.temporal.client.WorkflowNotFoundException.class);
        assertThat(journey.state().outcome()).isEqualTo(Outcome.APPROVED);
    }

    // --- reviews -----------------------------------------------------------------------------------

    @Test
    void aBorderlineFaceGoesToAReviewerWhoApproves() {
        mainlandCardPassing();
        when(faceId.comparePortrait(JOURNEY_ID, "doc-front"))
                .thenReturn(PortraitComparison.of("cmp-req", "Success", 62));

        WorkflowClient.start(journey::run, mainland(null));
        JourneyState waiting = awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW);
        assertThat(waiting.reasons()).containsExactly("PORTRAIT_BORDERLINE_SIMILARITY");

        assertThatThrownBy(() -> journey.review(new ReviewDecision(" ", ReviewDecision.Decision.APPROVE, "ok")))
                .isInstanceOf(WorkflowUpdateException.class);
        journey.review(new ReviewDecision("reviewer-7", ReviewDecision.Decision.APPROVE, "same person, older photo"));

        assertThat(result()).isEqualTo(JourneyOutcome.approved());
        assertThat(journey.state().steps())
                .filteredOn(s -> s.step() == Step.REVIEW)
                .singleElement()
                .satisfies(s -> assertThat(s.detail()).isEqualTo("APPROVE by reviewer-7"));
    }

    @Test
    void aReviewerCanReject() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(front("ocr-1", List.of(OcrWarning.TEMPORARY_CARD)));

        WorkflowClient.start(journey::run, mainland(null));
        awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW);
        journey.review(
                new ReviewDecision("reviewer-7", ReviewDecision.Decision.REJECT, "temporary cards not accepted"));

        assertThat(result()).isEqualTo(JourneyOutcome.rejected("DOCUMENT_TEMPORARY", "REVIEWER_REJECTED"));
    }

    @Test
    void anUnansweredReviewIsEscalatedThenExpires() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(anyString(), anyString(), anyString()))
                .thenReturn(new IdVerification("idv-req", IdVerificationResult.NO_RECORD, "-5", false));

        WorkflowClient.start(journey::run, mainland(null));
        awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW);
        env.sleep(JourneyPolicy.defaults().reviewEscalation().plusMinutes(1));
        assertThat(journey.state().waiting().escalated()).isTrue();

        assertThat(result()).isEqualTo(new JourneyOutcome(Outcome.EXPIRED, List.of("REVIEW_TIMEOUT")));
        assertNoStepLeftRunning();
    }

    // --- the authority's daily limit -----------------------------------------------------------------

    @Test
    void waitsForTheNextBeijingDayWhenTheDailyLimitIsReached() {
        mainlandCardPassing();
        when(faceId.verifyNameAndIdNumber(JOURNEY_ID, "李明", ID_NUMBER))
                .thenReturn(new IdVerification("idv-1", IdVerificationResult.DAILY_LIMIT_REACHED, "-7", false))
                .thenReturn(match());
        long started = env.currentTimeMillis();

        assertThat(journey.run(mainland(null)).outcome()).isEqualTo(Outcome.APPROVED);

        assertThat(Duration.ofMillis(env.currentTimeMillis() - started)).isGreaterThan(Duration.ofMinutes(5));
        verify(faceId, times(2)).verifyNameAndIdNumber(JOURNEY_ID, "李明", ID_NUMBER);
        // the read model was told on what the journey waited and until when: 00:05 of the next Beijing day
        JourneyEvent waits = recordedEvents().stream()
                .filter(e -> e.waiting() != null)
                .findFirst()
                .orElseThrow();
        assertThat(waits.status()).isEqualTo(JourneyStatus.RUNNING);
        assertThat(waits.waiting().reason()).isEqualTo(Waiting.WaitingFor.DAILY_LIMIT);
        assertThat(waits.reasons()).containsExactly("ID_VERIFICATION_DAILY_LIMIT");
        assertThat(waits.waiting().deadline())
                .isEqualTo(waits.at()
                        .atZone(JourneyWorkflowImpl.BEIJING)
                        .toLocalDate()
                        .plusDays(1)
                        .atTime(0, 5)
                        .atZone(JourneyWorkflowImpl.BEIJING)
                        .toInstant());
        assertThat(recordedEvents().stream().filter(e -> e.waiting() != null))
                .as("one wait, ended by the event after it")
                .hasSize(1);
    }

    @Test
    void aDailyLimitThatNeverClearsGoesToReview() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(anyString(), anyString(), anyString()))
                .thenReturn(new IdVerification("idv-1", IdVerificationResult.DAILY_LIMIT_REACHED, "-7", false));

        WorkflowClient.start(journey::run, mainland(null));

        assertThat(awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW, Duration.ofHours(1))
                        .reasons())
                .containsExactly("ID_VERIFICATION_DAILY_LIMIT");
        verify(faceId, times(1 + JourneyPolicy.defaults().maxDailyLimitWaits()))
                .verifyNameAndIdNumber(anyString(), anyString(), anyString());
    }

    // --- failures and cancellation -------------------------------------------------------------------

    @Test
    void failsWithoutAnOutcomeWhenTheVendorAccountIsMisconfigured() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenThrow(
                        ApplicationFailure.newNonRetryableFailure("bad key", VendorFailureTypes.CONFIGURATION_ERROR));

        JourneyOutcome outcome = journey.run(mainland(null));

        assertThat(outcome.outcome()).isNull();
        assertThat(outcome.reasons()).containsExactly("VENDOR_CONFIGURATION");
        assertThat(journey.state().status()).isEqualTo(JourneyStatus.FAILED);
        assertNoStepLeftRunning();
    }

    @Test
    void anUndocumentedVendorAnswerGoesToAPersonWithoutAskingAgain() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(anyString(), anyString(), anyString()))
                .thenThrow(
                        ApplicationFailure.newNonRetryableFailure("Result -9", VendorFailureTypes.UNDOCUMENTED_ANSWER));

        WorkflowClient.start(journey::run, mainland(null));

        assertThat(awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW).reasons())
                .containsExactly("VENDOR_UNDOCUMENTED_ANSWER");
        verify(faceId, times(1)).verifyNameAndIdNumber(anyString(), anyString(), anyString());
    }

    @Test
    void anOutageLongerThanTheRetriesGoesToAPersonNotToFailure() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenThrow(ApplicationFailure.newFailure("InternalError", VendorFailureTypes.TRANSIENT));

        WorkflowClient.start(journey::run, mainland(null));

        assertThat(awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW, Duration.ofMinutes(2))
                        .reasons())
                .containsExactly("VENDOR_UNAVAILABLE");
    }

    @Test
    void aJourneyCanBeCancelledWhileItWaits() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(front("ocr-1", List.of(OcrWarning.REFLECTIVE)));

        WorkflowClient.start(journey::run, mainland(null));
        awaitState(s -> s.status() == JourneyStatus.WAITING_RETAKE);
        journey.cancel(new CancellationRequest("customer left"));

        assertThat(result()).isEqualTo(new JourneyOutcome(Outcome.CANCELLED, List.of("CANCELLED")));
        assertThat(journey.state().status()).isEqualTo(JourneyStatus.COMPLETED);
        assertNoStepLeftRunning();
    }

    @Test
    void aCancelDuringCardVerificationClosesTheStepBeforeTheOutcome() {
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 60, 5));
        when(cards.poll(JOURNEY_ID, "tok")).thenReturn(poll(CardVerificationStatus.PROCESSING));

        WorkflowClient.start(journey::run, foreign("IDN", DocumentType.ID_CARD, null));
        awaitTimerStarted();
        journey.cancel(new CancellationRequest("customer left"));
        journey.cancel(new CancellationRequest("customer left, twice"));

        assertThat(result()).isEqualTo(new JourneyOutcome(Outcome.CANCELLED, List.of("CANCELLED")));
        assertThat(journey.state().steps())
                .extracting(StepState::step, StepState::status, StepState::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Step.CARD_VERIFICATION, StepStatus.SKIPPED, "CANCELLED"),
                        org.assertj.core.groups.Tuple.tuple(Step.DECISION, StepStatus.PASSED, "CANCELLED"));
        List<JourneyEvent> recorded = recordedEvents();
        assertThat(recorded)
                .extracting(JourneyEvent::step, JourneyEvent::stepStatus)
                .endsWith(
                        org.assertj.core.groups.Tuple.tuple(Step.CARD_VERIFICATION, StepStatus.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(Step.DECISION, StepStatus.PASSED));
        assertThat(recorded.get(recorded.size() - 2).outcome()).isEqualTo(Outcome.CANCELLED);
    }

    // --- a read model that will not take the timeline ---------------------------------------------------

    @Test
    void aReviewerIdTooLongToRecordIsRecordedShortenedAndTheJourneyGoesOn() {
        refuseLikePostgres(256);
        mainlandCardGoingToReview();
        String reviewer = "mallory\u0000" + "x".repeat(300);

        WorkflowClient.start(journey::run, mainland(null));
        awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW);
        journey.review(new ReviewDecision(reviewer, ReviewDecision.Decision.APPROVE, "looks fine"));

        assertThat(result()).isEqualTo(JourneyOutcome.approved());
        List<JourneyEvent> recorded = recordedEvents();
        JourneyEvent refused = recorded.stream()
                .filter(e -> e.detail() != null && e.detail().contains(reviewer))
                .findFirst()
                .orElseThrow();
        JourneyEvent stored = recorded.get(recorded.indexOf(refused) + 1);
        assertThat(stored.sequence()).as("the same event, in storable form").isEqualTo(refused.sequence());
        assertThat(stored.detail())
                .startsWith("APPROVE by malloryxxx")
                .endsWith("…")
                .hasSize(256)
                .doesNotContain("\u0000");
        assertThat(recorded.stream()
                        .filter(e -> e.detail() != null && e.detail().contains(reviewer)))
                .hasSize(1);
        assertThat(recorded.stream().map(JourneyEvent::sequence).distinct().toList())
                .as("no gap in the timeline")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, recorded.size() - 1)
                        .boxed()
                        .toList());
    }

    @Test
    void aJourneyWhoseTimelineIsRefusedEvenShortenedEndsFailedWhereOnCallLooks() {
        mainlandCardGoingToReview();
        // its row is gone: a foreign key
        recordingFailsFromTheReviewOn(
                ApplicationFailure.newNonRetryableFailure("SQLState 23503", JourneyRecordActivities.REFUSED));

        JourneyOutcome outcome = journey.run(mainland(null));

        assertThat(outcome).isEqualTo(new JourneyOutcome(null, List.of("RECORDING_FAILED")));
        JourneyState state = journey.state();
        assertThat(state.status()).isEqualTo(JourneyStatus.FAILED);
        assertThat(state.currentStep()).isEqualTo(Step.RECORDING);
        assertThat(state.steps())
                .filteredOn(s -> s.step() == Step.REVIEW)
                .singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(StepStatus.SKIPPED));
        assertNoStepLeftRunning();
        io.temporal.common.SearchAttributes attributes =
                io.temporal.client.WorkflowStub.fromTyped(journey).describe().getTypedSearchAttributes();
        assertThat(attributes.get(JourneySearchAttributes.STATUS)).isEqualTo("FAILED");
        assertThat(attributes.get(JourneySearchAttributes.STEP)).isEqualTo("RECORDING");
        assertThat(recordedEvents())
                .filteredOn(e -> e.step() == Step.REVIEW)
                .as("refused (nothing to shorten), then the best-effort close, refused too: each once")
                .hasSize(2);
    }

    @Test
    void aDatabaseAwayLongerThanTheRecordingPatienceFailsTheJourneyInsteadOfRetryingForever() {
        mainlandCardGoingToReview();
        recordingFailsFromTheReviewOn(
                ApplicationFailure.newFailure("SQLState 08006", JourneyRecordActivities.UNAVAILABLE));
        long started = env.currentTimeMillis();

        JourneyOutcome outcome = journey.run(mainland(null));

        assertThat(outcome.reasons()).containsExactly("RECORDING_FAILED");
        assertThat(Duration.ofMillis(env.currentTimeMillis() - started))
                .isGreaterThanOrEqualTo(JourneyActivityOptions.RECORDING_PATIENCE);
        assertThat(journey.state().status()).isEqualTo(JourneyStatus.FAILED);
    }

    // --- other cards -----------------------------------------------------------------------------------

    @Test
    void aHongKongCardIsPolledUntilTencentPassesIt() {
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 5, 3));
        when(cards.poll(JOURNEY_ID, "tok"))
                .thenReturn(
                        poll(CardVerificationStatus.PROCESSING),
                        poll(CardVerificationStatus.PROCESSING),
                        poll(CardVerificationStatus.PASSED));
        long started = env.currentTimeMillis();

        assertThat(journey.run(foreign("HKG", DocumentType.ID_CARD, "doc-back")))
                .isEqualTo(JourneyOutcome.approved());

        assertThat(Duration.ofMillis(env.currentTimeMillis() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(9));
        verify(cards, times(3)).poll(JOURNEY_ID, "tok");
        ArgumentCaptor<ForeignCardSubmission> applied = ArgumentCaptor.forClass(ForeignCardSubmission.class);
        verify(cards).apply(eq(JOURNEY_ID), applied.capture());
        assertThat(applied.getValue()).isEqualTo(new ForeignCardSubmission("HKG", "ID_CARD", "doc-front", "doc-back"));
        assertThat(journey.state().path()).isEqualTo(JourneyPath.FOREIGN);
        verify(ocr, never()).recognizeMainlandIdCard(anyString(), anyString(), any());
    }

    @Test
    void aCardCheckedByTheSuccessorApiIsPolledOnItsOwnQueue() {
        cardVerificationApi = CardVerificationApi.EXTERNAL;
        when(externalCards.apply(eq(JOURNEY_ID), any()))
                .thenReturn(new CardVerificationStarted("apply-req", "tok", 60, 5));
        when(externalCards.poll(JOURNEY_ID, "tok"))
                .thenReturn(poll(CardVerificationStatus.PROCESSING), poll(CardVerificationStatus.PASSED, "COMPLETED"));

        assertThat(journey.run(foreign("HKG", DocumentType.ID_CARD, "doc-back")))
                .isEqualTo(JourneyOutcome.approved());

        verify(externalCards).apply(JOURNEY_ID, new ForeignCardSubmission("HKG", "ID_CARD", "doc-front", "doc-back"));
        verify(externalCards, times(2)).poll(JOURNEY_ID, "tok");
        verify(cards, never()).apply(anyString(), any());
        verify(cards, never()).poll(anyString(), anyString());
    }

    @Test
    void aJourneyKeepsTheCardVerificationItChoseWhenTheSettingChanges() throws Exception {
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 5, 3));
        when(cards.poll(JOURNEY_ID, "tok")).thenReturn(poll(CardVerificationStatus.PASSED));
        assertThat(journey.run(foreign("HKG", DocumentType.ID_CARD, "doc-back")))
                .isEqualTo(JourneyOutcome.approved());

        // a worker deployed with the successor API set takes the journey over: it replays the recorded choice
        var history = env.getWorkflowClient().fetchHistory(JourneyIds.workflowId(JOURNEY_ID));
        try (TestWorkflowEnvironment other = TestWorkflowEnvironment.newInstance()) {
            Worker switched = other.newWorker("switched-to-external");
            switched.registerWorkflowImplementationFactory(
                    JourneyWorkflow.class, () -> new JourneyWorkflowImpl(CardVerificationApi.EXTERNAL));
            io.temporal.testing.WorkflowReplayer.replayWorkflowExecution(history, switched);
        }
        verify(externalCards, never()).apply(anyString(), any());
    }

    @Test
    void aPaperCopyTheCardVerificationFlagsAsksForANewPhoto() {
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 5, 3));
        when(cards.poll(JOURNEY_ID, "tok")).thenReturn(poll(CardVerificationStatus.WARNING, "WARNING", "PaperCopy"));

        WorkflowClient.start(journey::run, foreign("HKG", DocumentType.ID_CARD, "doc-back"));
        JourneyState asked = awaitState(s -> s.status() == JourneyStatus.WAITING_RETAKE, Duration.ofSeconds(10));

        assertThat(asked.reasons()).containsExactly("DOCUMENT_COPY");
    }

    /** Tencent may refuse a card at once (its table moved on) or accept it and refuse it in the result: both end. */
    @Test
    void aCardTencentRefusesAtOnceAsksForNewPhotos() {
        cardVerificationApi = CardVerificationApi.EXTERNAL;
        when(externalCards.apply(eq(JOURNEY_ID), any()))
                .thenThrow(ApplicationFailure.newNonRetryableFailure(
                        "InvalidParameterValue.InvalidParameterValueLimit", VendorFailureTypes.CALLER_ERROR));

        WorkflowClient.start(journey::run, foreign("HKG", DocumentType.ID_CARD, "doc-back"));
        JourneyState asked = awaitState(s -> s.status() == JourneyStatus.WAITING_RETAKE, Duration.ofSeconds(10));

        assertThat(asked.reasons()).containsExactly("DOCUMENT_UNREADABLE");
    }

    @Test
    void aCardTencentAcceptsAndRefusesLaterIsRejected() {
        cardVerificationApi = CardVerificationApi.EXTERNAL;
        when(externalCards.apply(eq(JOURNEY_ID), any()))
                .thenReturn(new CardVerificationStarted("apply-req", "tok", 60, 5));
        when(externalCards.poll(JOURNEY_ID, "tok"))
                .thenReturn(
                        poll(CardVerificationStatus.PROCESSING),
                        poll(
                                CardVerificationStatus.WARNING,
                                "WARNING",
                                "InformationVerificationFailed",
                                "FakeSuspected"));

        JourneyOutcome outcome = journey.run(foreign("HKG", DocumentType.ID_CARD, "doc-back"));

        assertThat(outcome.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(outcome.reasons()).containsExactly("DOCUMENT_TAMPERED");
    }

    @Test
    void aStatusNoSourceListsGoesToAPerson() {
        cardVerificationApi = CardVerificationApi.EXTERNAL;
        when(externalCards.apply(eq(JOURNEY_ID), any()))
                .thenReturn(new CardVerificationStarted("apply-req", "tok", 60, 5));
        when(externalCards.poll(JOURNEY_ID, "tok")).thenReturn(poll(CardVerificationStatus.UNRECOGNISED, "ON_HOLD"));

        WorkflowClient.start(journey::run, foreign("HKG", DocumentType.ID_CARD, "doc-back"));
        JourneyState waiting = awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW, Duration.ofSeconds(10));

        assertThat(waiting.reasons()).containsExactly("CARD_VERIFICATION_STATUS_UNRECOGNISED");
    }

    @Test
    void aJourneyPollingForAForeignCardSaysSoAndUntilWhen() {
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 20, 30));
        when(cards.poll(JOURNEY_ID, "tok"))
                .thenReturn(poll(CardVerificationStatus.PROCESSING), poll(CardVerificationStatus.PASSED));

        WorkflowClient.start(journey::run, foreign("HKG", DocumentType.ID_CARD, "doc-back"));
        JourneyState polling = awaitState(s -> s.waiting() != null, Duration.ofSeconds(10));

        assertThat(polling.status()).isEqualTo(JourneyStatus.RUNNING);
        assertThat(polling.currentStep()).isEqualTo(Step.CARD_VERIFICATION);
        assertThat(polling.waiting().reason()).isEqualTo(Waiting.WaitingFor.CARD_VERIFICATION);
        assertThat(polling.waiting().deadline())
                .as("the last poll Tencent allows: 20 polls 30 s apart")
                .isEqualTo(polling.waiting().since().plus(Duration.ofMinutes(10)));
        assertThat(polling.reasons()).containsExactly("CARD_VERIFICATION_PENDING");

        assertThat(io.temporal.client.WorkflowStub.fromTyped(journey).getResult(JourneyOutcome.class))
                .isEqualTo(JourneyOutcome.approved());
        List<JourneyEvent> events = recordedEvents();
        JourneyEvent finished = events.stream()
                .filter(e -> e.step() == Step.CARD_VERIFICATION && e.stepStatus() == StepStatus.PASSED)
                .findFirst()
                .orElseThrow();
        assertThat(finished.waiting()).as("the verdict ends the wait").isNull();
        assertThat(finished.reasons()).isEmpty();
        assertThat(events.stream().filter(e -> e.waiting() != null))
                .singleElement()
                .satisfies(e -> assertThat(e.waiting()).isEqualTo(polling.waiting()));
    }

    @Test
    void aRejectedForeignCardRejectsTheJourney() {
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 5, 1));
        when(cards.poll(JOURNEY_ID, "tok")).thenReturn(poll(CardVerificationStatus.REJECTED));

        assertThat(journey.run(foreign("IDN", DocumentType.ID_CARD, null)))
                .isEqualTo(JourneyOutcome.rejected("CARD_VERIFICATION_REJECTED"));
    }

    @Test
    void aForeignCardWithWarningsGoesToReview() {
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 5, 1));
        when(cards.poll(JOURNEY_ID, "tok")).thenReturn(poll(CardVerificationStatus.WARNING));

        WorkflowClient.start(journey::run, foreign("IDN", DocumentType.ID_CARD, null));

        assertThat(awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW, Duration.ofSeconds(1))
                        .reasons())
                .containsExactly("CARD_VERIFICATION_WARNING");
    }

    @Test
    void pollingExhaustedIsAClearOutcomeNotAStuckJourney() {
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 3, 5));
        when(cards.poll(JOURNEY_ID, "tok")).thenReturn(poll(CardVerificationStatus.PROCESSING));

        WorkflowClient.start(journey::run, foreign("IDN", DocumentType.PASSPORT, null));

        assertThat(awaitState(s -> s.status() == JourneyStatus.WAITING_REVIEW, Duration.ofSeconds(5))
                        .reasons())
                .containsExactly("CARD_VERIFICATION_TIMEOUT");
        verify(cards, times(3)).poll(JOURNEY_ID, "tok");
    }

    @Test
    void aCardThatNeedsItsBackAsksForIt() {
        WorkflowClient.start(journey::run, foreign("HKG", DocumentType.ID_CARD, null));

        assertThat(awaitState(s -> s.status() == JourneyStatus.WAITING_RETAKE).reasons())
                .containsExactly("BACK_SIDE_REQUIRED");
        verify(cards, never()).apply(anyString(), any());
    }

    @Test
    void autoTriesTheMainlandFirstThenTencentsAutomaticRecognition() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenThrow(ApplicationFailure.newNonRetryableFailure("no card", VendorFailureTypes.CALLER_ERROR));
        when(cards.apply(eq(JOURNEY_ID), any())).thenReturn(new CardVerificationStarted("apply-req", "tok", 5, 1));
        when(cards.poll(JOURNEY_ID, "tok")).thenReturn(poll(CardVerificationStatus.PASSED));

        assertThat(journey.run(foreign("AUTO", DocumentType.AUTO, null)).outcome())
                .isEqualTo(Outcome.APPROVED);

        verify(cards).apply(JOURNEY_ID, new ForeignCardSubmission("AUTO", "AUTO", "doc-front", null));
    }

    @Test
    void autoStaysOnTheMainlandPathForAMainlandCard() {
        mainlandCardPassing();

        assertThat(journey.run(foreign("AUTO", DocumentType.AUTO, null)).outcome())
                .isEqualTo(Outcome.APPROVED);

        assertThat(journey.state().path()).isEqualTo(JourneyPath.MAINLAND);
        verify(cards, never()).apply(anyString(), any());
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void mainlandCardPassing() {
        when(ocr.recognizeMainlandIdCard(JOURNEY_ID, "doc-front", CardSide.FRONT))
                .thenReturn(FRONT);
        when(faceId.verifyNameAndIdNumber(JOURNEY_ID, "李明", ID_NUMBER)).thenReturn(match());
        when(faceId.comparePortrait(JOURNEY_ID, "doc-front"))
                .thenReturn(PortraitComparison.of("cmp-req", "Success", 93.5));
    }

    /** Waits for the outcome; the test environment skips through timers and deadlines meanwhile. */
    private JourneyOutcome result() {
        return env.getWorkflowClient()
                .newUntypedWorkflowStub(JourneyIds.workflowId(JOURNEY_ID))
                .getResult(JourneyOutcome.class);
    }

    /** Polls the query in real time: mocked activities answer at once, so waiting states come quickly. */
    private JourneyState awaitState(Predicate<JourneyState> condition) {
        return awaitState(condition, Duration.ZERO);
    }

    /** As above, moving the test clock by {@code skip} between polls, for states behind durable timers. */
    private JourneyState awaitState(Predicate<JourneyState> condition, Duration skip) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JourneyState state = null;
        while (System.nanoTime() < deadline) {
            try {
                state = journey.state();
                if (condition.test(state)) {
                    return state;
                }
            } catch (RuntimeException notYetQueryable) {
                // the first workflow task has not run yet
            }
            if (!skip.isZero()) {
                env.sleep(skip);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("journey never reached the expected state; last: " + state);
    }

    private static JourneyRequest mainland(String backDocumentId) {
        return new JourneyRequest(JOURNEY_ID, document("CHN", DocumentType.ID_CARD, backDocumentId));
    }

    private static JourneyRequest foreign(String country, DocumentType type, String backDocumentId) {
        return new JourneyRequest(JOURNEY_ID, document(country, type, backDocumentId));
    }

    private static DocumentSubmission document(String country, DocumentType type, String backDocumentId) {
        return new DocumentSubmission(country, type, "doc-front", backDocumentId);
    }

    private static IdCardOcr front(String requestId, List<OcrWarning> warnings) {
        return new IdCardOcr(requestId, "李明", "男", "汉", "1987/1/1", "北京市", ID_NUMBER, "", "", warnings);
    }

    private static IdVerification match() {
        return new IdVerification("idv-req", IdVerificationResult.MATCH, "0", true);
    }

    private static CardVerificationPoll poll(CardVerificationStatus status) {
        return poll(status, status.name());
    }

    private static CardVerificationPoll poll(CardVerificationStatus status, String vendorStatus, String... warnings) {
        return new CardVerificationPoll("poll-req", status, List.of(warnings), "HKG", "ID_CARD", null, vendorStatus);
    }

    /** A borderline portrait: the journey waits for a reviewer. */
    private void mainlandCardGoingToReview() {
        mainlandCardPassing();
        when(faceId.comparePortrait(JOURNEY_ID, "doc-front"))
                .thenReturn(PortraitComparison.of("cmp-req", "Success", 62));
    }

    /** The read model takes the journey's timeline up to its review, then fails every event with {@code failure}. */
    private void recordingFailsFromTheReviewOn(ApplicationFailure failure) {
        org.mockito.Mockito.doAnswer(call -> {
                    JourneyEvent event = call.getArgument(0);
                    if (event.step() == Step.REVIEW || event.step() == Step.RECORDING) {
                        throw failure;
                    }
                    return null;
                })
                .when(recorder)
                .record(any());
    }

    /** Refuses, as PostgreSQL does, a detail longer than its column or holding a NUL character. */
    private void refuseLikePostgres(int detailLength) {
        org.mockito.Mockito.doAnswer(call -> {
                    JourneyEvent event = call.getArgument(0);
                    String detail = event.detail();
                    if (detail != null && detail.contains("\u0000")) {
                        throw ApplicationFailure.newNonRetryableFailure(
                                "SQLState 22021", JourneyRecordActivities.REFUSED);
                    }
                    if (detail != null && detail.codePointCount(0, detail.length()) > detailLength) {
                        throw ApplicationFailure.newNonRetryableFailure(
                                "SQLState 22001", JourneyRecordActivities.REFUSED);
                    }
                    return null;
                })
                .when(recorder)
                .record(any());
    }

    /**
     * Waits until the journey sleeps on a durable timer, every activity before it done: the time-skipping
     * server wedges a workflow that cancels an activity in the task its completion arrives in
     * (temporalio/sdk-java#2391), which a real server does not.
     */
    private void awaitTimerStarted() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (env.getWorkflowClient().fetchHistory(JourneyIds.workflowId(JOURNEY_ID)).getEvents().stream()
                .noneMatch(e -> e.getEventType() == io.temporal.api.enums.v1.EventType.EVENT_TYPE_TIMER_STARTED)) {
            assertThat(System.nanoTime()).as("a timer started").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void assertNoStepLeftRunning() {
        assertThat(journey.state().steps()).extracting(StepState::status).doesNotContain(StepStatus.RUNNING);
        java.util.Map<Step, StepStatus> latest = new java.util.EnumMap<>(Step.class);
        recordedEvents().stream()
                .filter(e -> e.stepStatus() != null)
                .forEach(e -> latest.put(e.step(), e.stepStatus()));
        assertThat(latest.values()).as("the recorded timeline").doesNotContain(StepStatus.RUNNING);
    }

    private List<JourneyEvent> recordedEvents() {
        ArgumentCaptor<JourneyEvent> events = ArgumentCaptor.forClass(JourneyEvent.class);
        verify(recorder, org.mockito.Mockito.atLeastOnce()).record(events.capture());
        return events.getAllValues();
    }

    private List<Integer> recordedSequences() {
        ArgumentCaptor<JourneyEvent> events = ArgumentCaptor.forClass(JourneyEvent.class);
        verify(recorder, org.mockito.Mockito.atLeastOnce()).record(events.capture());
        return events.getAllValues().stream().map(JourneyEvent::sequence).toList();
    }
}
