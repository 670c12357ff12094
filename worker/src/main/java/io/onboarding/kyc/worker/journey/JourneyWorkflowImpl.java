package io.onboarding.kyc.worker.journey;

import io.onboarding.kyc.contract.cardverification.CardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.CardVerificationApi;
import io.onboarding.kyc.contract.cardverification.CardVerificationPoll;
import io.onboarding.kyc.contract.cardverification.CardVerificationStarted;
import io.onboarding.kyc.contract.cardverification.ExternalCardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.ForeignCardSubmission;
import io.onboarding.kyc.contract.faceid.FaceIdActivities;
import io.onboarding.kyc.contract.faceid.IdVerification;
import io.onboarding.kyc.contract.faceid.IdVerificationResult;
import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.onboarding.kyc.contract.journey.CancellationRequest;
import io.onboarding.kyc.contract.journey.DocumentSubmission;
import io.onboarding.kyc.contract.journey.DocumentType;
import io.onboarding.kyc.contract.journey.ForeignCardRules;
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
import io.onboarding.kyc.contract.journey.StepStatus;
import io.onboarding.kyc.contract.journey.Waiting;
import io.onboarding.kyc.contract.ocr.CardSide;
import io.onboarding.kyc.contract.ocr.IdCardOcr;
import io.onboarding.kyc.contract.ocr.OcrActivities;
import io.onboarding.kyc.contract.ocr.OcrWarning;
import io.onboarding.kyc.contract.vendor.VendorFailureTypes;
import io.onboarding.kyc.worker.policy.CardVerificationPolicy;
import io.onboarding.kyc.worker.policy.Finding;
import io.onboarding.kyc.worker.policy.IdVerificationPolicy;
import io.onboarding.kyc.worker.policy.LocalChecks;
import io.onboarding.kyc.worker.policy.PortraitPolicy;
import io.onboarding.kyc.worker.policy.WarningPolicy;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An onboarding journey, read top to bottom as the onboarding policy: check the document; pass,
 * reject, ask the customer for a new photo, or ask a person to decide; repeat with the new photo.
 */
public class JourneyWorkflowImpl implements JourneyWorkflow {

    /** Card validity and the authority's daily limit both turn over at midnight in Beijing. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /**
     * {@code Workflow.getVersion} change id: a journey polling for a foreign card's verdict says so, and until when
     * (one more recording). Journeys that polled before this replay as they ran.
     */
    static final String WAIT_ON_CARD_VERIFICATION = "wait-on-card-verification";

    /**
     * {@code Workflow.getVersion} change id: a journey records which of Tencent's foreign-card APIs it uses (the
     * worker's {@code tencent.card-verification}), and reads the named warnings of a verdict. Journeys that reached
     * the check before use the first API and decide on the status alone, as they did.
     */
    static final String CARD_VERIFICATION_API = "card-verification-api";

    /**
     * {@code Workflow.getVersion} change id: a journey records its events through a local activity
     * ({@link JourneyActivityOptions#localRecording()}). Journeys started before record through activity tasks, as
     * they did.
     */
    static final String LOCAL_RECORDING = "local-recording";

    /** The picture holds no card Tencent can read: the customer's to fix with a new photo. */
    private static final Finding UNREADABLE = Finding.retake("DOCUMENT_UNREADABLE");

    // One stub per vendor action, each with that action's own options (JourneyActivityOptions).
    private final OcrActivities ocr =
            Workflow.newActivityStub(OcrActivities.class, JourneyActivityOptions.MAINLAND_ID_CARD_OCR);
    private final FaceIdActivities idVerification =
            Workflow.newActivityStub(FaceIdActivities.class, JourneyActivityOptions.ID_VERIFICATION);
    private final FaceIdActivities portraitComparison =
            Workflow.newActivityStub(FaceIdActivities.class, JourneyActivityOptions.PORTRAIT_COMPARISON);
    private final CardVerificationActivities cardApply =
            Workflow.newActivityStub(CardVerificationActivities.class, JourneyActivityOptions.CARD_VERIFICATION_APPLY);
    private final CardVerificationActivities cardPoll =
            Workflow.newActivityStub(CardVerificationActivities.class, JourneyActivityOptions.CARD_VERIFICATION_POLL);
    private final ExternalCardVerificationActivities externalCardApply = Workflow.newActivityStub(
            ExternalCardVerificationActivities.class, JourneyActivityOptions.EXTERNAL_CARD_VERIFICATION_APPLY);
    private final ExternalCardVerificationActivities externalCardPoll = Workflow.newActivityStub(
            ExternalCardVerificationActivities.class, JourneyActivityOptions.EXTERNAL_CARD_VERIFICATION_POLL);
    private final JourneyRecordActivities recorder =
            Workflow.newActivityStub(JourneyRecordActivities.class, JourneyActivityOptions.recording());
    private final JourneyRecordActivities localRecorder =
            Workflow.newLocalActivityStub(JourneyRecordActivities.class, JourneyActivityOptions.localRecording());

    private final IdVerificationPolicy idVerificationPolicy = new IdVerificationPolicy();
    private final LocalChecks localChecks = new LocalChecks();
    /** The API a journey that reaches the foreign-card check from now on uses: the worker's setting. */
    private final CardVerificationApi configuredCardVerification;

    private JourneyRequest request;
    private JourneyPolicy policy;
    private JourneyProgress progress;
    private DocumentSubmission document;
    private RetakeSubmission retake;
    private ReviewDecision decision;
    private CancellationRequest cancellation;
    private CancellationScope work;

    /**
     * As a worker without the setting, and every replay, runs it: the recorded choice is what counts when a
     * history is replayed, and a journey without one used the first API.
     */
    public JourneyWorkflowImpl() {
        this(CardVerificationApi.LEGACY);
    }

    public JourneyWorkflowImpl(CardVerificationApi configuredCardVerification) {
        this.configuredCardVerification = configuredCardVerification;
    }

    @Override
    public JourneyOutcome run(JourneyRequest journey) {
        request = journey;
        policy = journey.policy();
        document = journey.document();
        TimelineRecording recording = Workflow.getVersion(LOCAL_RECORDING, Workflow.DEFAULT_VERSION, 1) == 1
                ? TimelineRecording.local(localRecorder)
                : TimelineRecording.remote(recorder);
        progress = new JourneyProgress(journey.journeyId(), document.country(), recording);
        try {
            return decideUnlessCancelled();
        } catch (TimelineRecording.RecordingFailed failed) {
            // the read model refuses this journey's timeline, or stayed away past the recording's patience
            return progress.recordingFailed();
        }
    }

    private JourneyOutcome decideUnlessCancelled() {
        JourneyOutcome[] outcome = new JourneyOutcome[1];
        work = Workflow.newCancellationScope(() -> outcome[0] = decide());
        try {
            work.run();
            return outcome[0];
        } catch (CanceledFailure | ActivityFailure cancelled) {
            if (cancellation == null) {
                throw cancelled;
            }
            return progress.complete(new JourneyOutcome(Outcome.CANCELLED, List.of("CANCELLED")));
        }
    }

    /**
     * Check the current photos; act on the verdict; with a new photo, check again. Every wait for a
     * person (a retake, a review) happens here; the checks wait only as the vendor paces them.
     */
    private JourneyOutcome decide() {
        while (true) {
            Finding finding;
            try {
                finding = check();
            } catch (VendorMisconfigured misconfigured) {
                return progress.fail(misconfigured.step, misconfigured.reason);
            }
            switch (finding.verdict()) {
                case PASS -> {
                    return progress.complete(JourneyOutcome.approved());
                }
                case REJECT -> {
                    return progress.complete(JourneyOutcome.rejected(finding.reason()));
                }
                case REVIEW -> {
                    return awaitReview(finding.reason());
                }
                case RETAKE -> {
                    if (progress.retakes() >= policy.maxRetakes()) {
                        return progress.complete(JourneyOutcome.rejected(finding.reason(), "RETAKES_EXHAUSTED"));
                    }
                    if (!awaitRetake(finding.reason())) {
                        return progress.complete(new JourneyOutcome(Outcome.EXPIRED, List.of("RETAKE_TIMEOUT")));
                    }
                    // the new photos are checked on the next turn
                }
            }
        }
    }

    /** What the current photos show; a vendor call that gave no answer is a finding too. */
    private Finding check() {
        try {
            return checkDocument();
        } catch (VendorStopped stopped) {
            return stopped.finding;
        }
    }

    private Finding checkDocument() {
        String country = document.country();
        if (ForeignCardRules.isForeign(country)) {
            progress.onPath(JourneyPath.FOREIGN);
            return checkForeignCard(country, document.type());
        }
        if ("AUTO".equals(country)) {
            Optional<IdCardOcr> mainland = readFront();
            if (mainland.isEmpty()) {
                progress.onPath(JourneyPath.FOREIGN);
                return checkForeignCard("AUTO", DocumentType.AUTO);
            }
            progress.onPath(JourneyPath.MAINLAND);
            return checkMainlandCard(mainland.get());
        }
        progress.onPath(JourneyPath.MAINLAND);
        return readFront().map(this::checkMainlandCard).orElse(UNREADABLE);
    }

    /** Mainland resident ID card: warnings, free local checks, then the authority's two checks. */
    private Finding checkMainlandCard(IdCardOcr front) {
        Optional<IdCardOcr> back = Optional.empty();
        if (document.back().isPresent()) {
            back = read(Step.OCR_BACK, document.backDocumentId(), CardSide.BACK);
            if (back.isEmpty()) {
                return UNREADABLE;
            }
        }

        progress.begin(Step.WARNING_CHECK);
        List<OcrWarning> warnings = new ArrayList<>(front.warnings());
        back.ifPresent(side -> warnings.addAll(side.warnings()));
        Finding warningFinding = new WarningPolicy(policy).evaluate(warnings);
        progress.finish(Step.WARNING_CHECK, warningFinding, null);
        if (!warningFinding.passed()) {
            return warningFinding;
        }

        progress.begin(Step.LOCAL_CHECKS);
        Finding local = localChecks.evaluate(front, back, request.declaredIdentity(), today());
        progress.finish(Step.LOCAL_CHECKS, local, null);
        if (!local.passed()) {
            return local;
        }

        Finding identity = verifyIdentity(front);
        if (!identity.passed()) {
            return identity;
        }

        progress.begin(Step.PORTRAIT_COMPARISON);
        PortraitComparison comparison = vendor(
                Step.PORTRAIT_COMPARISON,
                () -> portraitComparison.comparePortrait(request.journeyId(), document.frontDocumentId()));
        Finding portrait = new PortraitPolicy(policy).evaluate(comparison);
        progress.finish(Step.PORTRAIT_COMPARISON, portrait, comparison.requestId());
        return portrait;
    }

    /** The authority answers a few times per identity per day; past that, wait for the next Beijing day. */
    private Finding verifyIdentity(IdCardOcr front) {
        progress.begin(Step.ID_VERIFICATION);
        int waits = 0;
        while (true) {
            IdVerification verification = vendor(
                    Step.ID_VERIFICATION,
                    () -> idVerification.verifyNameAndIdNumber(request.journeyId(), front.name(), front.idNumber()));
            if (verification.result() == IdVerificationResult.DAILY_LIMIT_REACHED
                    && waits < policy.maxDailyLimitWaits()) {
                waits++;
                progress.finish(
                        Step.ID_VERIFICATION,
                        StepStatus.FAILED,
                        verification.requestId(),
                        "ID_VERIFICATION_DAILY_LIMIT");
                Instant nextDay =
                        today().plusDays(1).atStartOfDay(BEIJING).toInstant().plus(Duration.ofMinutes(5));
                progress.await(Waiting.WaitingFor.DAILY_LIMIT, nextDay, "ID_VERIFICATION_DAILY_LIMIT");
                Workflow.sleep(Duration.between(JourneyProgress.now(), nextDay));
                progress.resume("DAILY_LIMIT_OVER");
                progress.begin(Step.ID_VERIFICATION);
                continue;
            }
            Finding finding = idVerificationPolicy.evaluate(verification);
            progress.finish(Step.ID_VERIFICATION, finding, verification.requestId());
            return finding;
        }
    }

    /** Other cards: Tencent checks them asynchronously; poll as often and as far apart as it says. */
    private Finding checkForeignCard(String nationality, DocumentType type) {
        progress.begin(Step.CARD_VERIFICATION);
        boolean readsWarnings = Workflow.getVersion(CARD_VERIFICATION_API, Workflow.DEFAULT_VERSION, 1) == 1;
        boolean recognisedByTencent = type == DocumentType.AUTO || "AUTO".equals(nationality);
        // the successor API recognises no card by itself: a journey that leaves that to Tencent uses the first
        CardVerificationApi api = readsWarnings && !recognisedByTencent
                ? Workflow.sideEffect(CardVerificationApi.class, () -> configuredCardVerification)
                : CardVerificationApi.LEGACY;
        Optional<Boolean> backRequired = ForeignCardRules.backRequired(api, nationality, type);
        if (backRequired.isEmpty()) {
            Finding unsupported = Finding.reject("DOCUMENT_NOT_SUPPORTED");
            progress.finish(Step.CARD_VERIFICATION, unsupported, null);
            return unsupported;
        }
        if (backRequired.get() && document.back().isEmpty()) {
            Finding missingBack = Finding.retake("BACK_SIDE_REQUIRED");
            progress.finish(Step.CARD_VERIFICATION, missingBack, null);
            return missingBack;
        }
        ForeignCardSubmission card = new ForeignCardSubmission(
                nationality, type.name(), document.frontDocumentId(), document.backDocumentId());
        CardVerificationStarted started = vendor(
                Step.CARD_VERIFICATION,
                () -> api == CardVerificationApi.EXTERNAL
                        ? externalCardApply.apply(request.journeyId(), card)
                        : cardApply.apply(request.journeyId(), card));
        if (Workflow.getVersion(WAIT_ON_CARD_VERIFICATION, Workflow.DEFAULT_VERSION, 1) == 1) {
            Instant lastPoll = JourneyProgress.now()
                    .plus(Duration.ofSeconds((long) started.pollIntervalSeconds() * started.maxPolls()));
            progress.await(Waiting.WaitingFor.CARD_VERIFICATION, lastPoll, "CARD_VERIFICATION_PENDING");
        }
        CardVerificationPoll poll = null;
        for (int i = 0; i < started.maxPolls() && (poll == null || !poll.done()); i++) {
            Workflow.sleep(Duration.ofSeconds(started.pollIntervalSeconds()));
            poll = vendor(
                    Step.CARD_VERIFICATION,
                    () -> api == CardVerificationApi.EXTERNAL
                            ? externalCardPoll.poll(request.journeyId(), started.token())
                            : cardPoll.poll(request.journeyId(), started.token()));
        }
        Finding finding;
        if (poll == null) {
            finding = Finding.review("CARD_VERIFICATION_TIMEOUT");
        } else {
            finding = readsWarnings
                    ? new CardVerificationPolicy(policy).evaluate(poll)
                    : CardVerificationPolicy.byStatusOnly(poll);
        }
        progress.finish(Step.CARD_VERIFICATION, finding, poll == null ? started.requestId() : poll.requestId());
        return finding;
    }

    /** The front as a mainland card; empty when the picture holds none (for AUTO: try other cards). */
    private Optional<IdCardOcr> readFront() {
        return read(Step.OCR_FRONT, document.frontDocumentId(), CardSide.FRONT);
    }

    /** One side's OCR; empty when Tencent could not read a card in the picture (the customer's to fix). */
    private Optional<IdCardOcr> read(Step step, String documentId, CardSide side) {
        progress.begin(step);
        try {
            IdCardOcr read = vendor(step, () -> ocr.recognizeMainlandIdCard(request.journeyId(), documentId, side));
            progress.finish(step, StepStatus.PASSED, read.requestId(), null);
            return Optional.of(read);
        } catch (VendorStopped stopped) {
            if (UNREADABLE.equals(stopped.finding)) {
                return Optional.empty();
            }
            throw stopped;
        }
    }

    private boolean awaitRetake(String reason) {
        Instant deadline = JourneyProgress.now().plus(policy.retakeTimeout());
        progress.await(Waiting.WaitingFor.RETAKE, deadline, reason);
        if (!Workflow.await(policy.retakeTimeout(), () -> retake != null)) {
            return false;
        }
        document = new DocumentSubmission(
                document.country(), document.type(), retake.frontDocumentId(), retake.backDocumentId());
        retake = null;
        progress.resume("NEW_PHOTOS");
        return true;
    }

    private JourneyOutcome awaitReview(String reason) {
        Instant deadline = JourneyProgress.now().plus(policy.reviewTimeout());
        progress.await(Waiting.WaitingFor.REVIEW, deadline, reason);
        boolean decided = Workflow.await(policy.reviewEscalation(), () -> decision != null);
        if (!decided) {
            progress.escalate();
            decided = Workflow.await(policy.reviewTimeout().minus(policy.reviewEscalation()), () -> decision != null);
        }
        if (!decided) {
            return progress.complete(new JourneyOutcome(Outcome.EXPIRED, List.of("REVIEW_TIMEOUT")));
        }
        progress.resume(decision.decision().name() + " by " + decision.reviewerId());
        return decision.decision() == ReviewDecision.Decision.APPROVE
                ? progress.complete(JourneyOutcome.approved())
                : progress.complete(JourneyOutcome.rejected(reason, "REVIEWER_REJECTED"));
    }

    /**
     * Runs a vendor activity and closes its step when it gives no answer ({@link VendorStopped}): an
     * unusable image is the customer's to fix; an undocumented answer, or an outage that outlasts the
     * retries, goes to a person; a configuration error fails the journey ({@link VendorMisconfigured}).
     */
    private <T> T vendor(Step step, Supplier<T> call) {
        try {
            return call.get();
        } catch (ActivityFailure failure) {
            if (failure.getCause() instanceof CanceledFailure) {
                throw failure;
            }
            if (failure.getCause() instanceof ApplicationFailure cause) {
                switch (cause.getType()) {
                    case VendorFailureTypes.CALLER_ERROR -> throw stop(step, UNREADABLE);
                    case VendorFailureTypes.CONFIGURATION_ERROR ->
                        throw new VendorMisconfigured(step, "VENDOR_CONFIGURATION");
                    // Tencent said something its documentation does not: a person reads it, the journey does not fail.
                    case VendorFailureTypes.UNDOCUMENTED_ANSWER, VendorFailureTypes.BUSINESS_RESULT ->
                        throw stop(step, Finding.review("VENDOR_UNDOCUMENTED_ANSWER"));
                    default -> {
                        // transient and throttled failures that outlasted their retries: an outage, below
                    }
                }
            }
            if (failure.getCause() instanceof TimeoutFailure || failure.getCause() instanceof ApplicationFailure) {
                throw stop(step, Finding.review("VENDOR_UNAVAILABLE"));
            }
            throw failure;
        }
    }

    @Override
    public JourneyState state() {
        return progress.snapshot();
    }

    @Override
    public void validateRetake(RetakeSubmission submission) {
        if (progress == null || progress.status() != JourneyStatus.WAITING_RETAKE || retake != null) {
            throw new IllegalStateException("the journey is not waiting for new photos");
        }
        if (submission == null
                || submission.frontDocumentId() == null
                || submission.frontDocumentId().isBlank()) {
            throw new IllegalArgumentException("a retake needs the front side");
        }
    }

    @Override
    public JourneyState submitRetake(RetakeSubmission submission) {
        retake = submission;
        return progress.snapshot();
    }

    @Override
    public void validateReview(ReviewDecision review) {
        if (progress == null || progress.status() != JourneyStatus.WAITING_REVIEW || decision != null) {
            throw new IllegalStateException("the journey is not waiting for a review");
        }
        if (review == null
                || review.decision() == null
                || review.reviewerId() == null
                || review.reviewerId().isBlank()) {
            throw new IllegalArgumentException("a review needs a reviewer and a decision");
        }
    }

    @Override
    public JourneyState review(ReviewDecision review) {
        decision = review;
        return progress.snapshot();
    }

    @Override
    public void cancel(CancellationRequest request) {
        if (cancellation == null
                && progress != null
                && progress.status() != JourneyStatus.COMPLETED
                && progress.status() != JourneyStatus.FAILED) {
            cancellation = request == null ? new CancellationRequest(null) : request;
            if (work != null) {
                work.cancel(cancellation.reason());
            }
        }
    }

    private static LocalDate today() {
        return JourneyProgress.now().atZone(BEIJING).toLocalDate();
    }

    private VendorStopped stop(Step step, Finding finding) {
        progress.finish(step, StepStatus.FAILED, null, finding.reason());
        return new VendorStopped(finding);
    }

    /**
     * A vendor call ended without an answer; {@code finding} is what that means for the journey. It
     * carries a decision, never an outcome: {@link #decide()} acts on it like on any other finding.
     */
    private static final class VendorStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Finding finding;

        VendorStopped(Finding finding) {
            super(null, null, false, false);
            this.finding = finding;
        }
    }

    /** Credentials, billing or activation are wrong: no photo or person can fix the journey. */
    private static final class VendorMisconfigured extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Step step;
        private final String reason;

        VendorMisconfigured(Step step, String reason) {
            super(null, null, false, false);
            this.step = step;
            this.reason = reason;
        }
    }
}
