package io.onboarding.kyc.journey;

import io.onboarding.kyc.tencent.TencentFailures;
import io.onboarding.kyc.tencent.faceid.FaceIdActivities;
import io.onboarding.kyc.tencent.faceid.IdVerification;
import io.onboarding.kyc.tencent.faceid.PortraitComparison;
import io.onboarding.kyc.tencent.ocr.CardSide;
import io.onboarding.kyc.tencent.ocr.IdCardOcr;
import io.onboarding.kyc.tencent.ocr.OcrActivities;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * A mainland resident ID-card journey, read top to bottom as the onboarding policy: read the card, make
 * sure the photo can be trusted, ask the authority whether the name belongs to the ID number, then
 * whether the card's portrait is the person the authority knows.
 */
public class JourneyWorkflowImpl implements JourneyWorkflow {

    private final OcrActivities ocr = Workflow.newActivityStub(OcrActivities.class, JourneyActivityOptions.tencentOcr());
    private final FaceIdActivities faceId = Workflow.newActivityStub(FaceIdActivities.class, JourneyActivityOptions.tencentFaceId());
    private final JourneyRecordActivities recorder = Workflow.newActivityStub(JourneyRecordActivities.class, JourneyActivityOptions.recording());

    private final WarningPolicy warningPolicy = new WarningPolicy();
    private final IdVerificationPolicy idVerificationPolicy = new IdVerificationPolicy();
    private final PortraitPolicy portraitPolicy = new PortraitPolicy();

    private JourneyProgress progress;

    @Override
    public JourneyOutcome run(JourneyRequest request) {
        String journeyId = request.journeyId();
        DocumentSubmission document = request.document();
        progress = new JourneyProgress(journeyId, recorder);

        Step step = Step.OCR_FRONT;
        try {
            progress.begin(step);
            IdCardOcr front = ocr.recognizeMainlandIdCard(journeyId, document.frontDocumentId(), CardSide.FRONT);
            progress.finish(step, CheckResult.pass(), front.requestId());

            List<IdCardOcr> sides = new ArrayList<>(List.of(front));
            if (document.back().isPresent()) {
                step = Step.OCR_BACK;
                progress.begin(step);
                IdCardOcr back = ocr.recognizeMainlandIdCard(journeyId, document.backDocumentId(), CardSide.BACK);
                progress.finish(step, CheckResult.pass(), back.requestId());
                sides.add(back);
            }

            step = Step.WARNING_CHECK;
            progress.begin(step);
            CheckResult warnings = warningPolicy.evaluate(sides.stream().flatMap(s -> s.warnings().stream()).toList());
            progress.finish(step, warnings, null);
            if (!warnings.passed()) {
                return progress.complete(JourneyOutcome.rejected(warnings.reason()));
            }

            step = Step.ID_VERIFICATION;
            progress.begin(step);
            IdVerification verification = faceId.verifyNameAndIdNumber(journeyId, front.name(), front.idNumber());
            CheckResult identity = idVerificationPolicy.evaluate(verification);
            progress.finish(step, identity, verification.requestId());
            if (!identity.passed()) {
                return progress.complete(JourneyOutcome.rejected(identity.reason()));
            }

            step = Step.PORTRAIT_COMPARISON;
            progress.begin(step);
            PortraitComparison comparison = faceId.comparePortrait(journeyId, document.frontDocumentId());
            CheckResult portrait = portraitPolicy.evaluate(comparison);
            progress.finish(step, portrait, comparison.requestId());
            if (!portrait.passed()) {
                return progress.complete(JourneyOutcome.rejected(portrait.reason()));
            }

            return progress.complete(JourneyOutcome.approved());
        } catch (ActivityFailure failure) {
            return settle(step, failure);
        }
    }

    @Override
    public JourneyState state() {
        return progress.snapshot();
    }

    /** A vendor call gave up: an unusable image is the customer's rejection, anything else is our failure. */
    private JourneyOutcome settle(Step step, ActivityFailure failure) {
        if (failure.getCause() instanceof ApplicationFailure cause) {
            if (TencentFailures.CALLER_ERROR.equals(cause.getType())) {
                progress.finish(step, StepStatus.FAILED, null, "DOCUMENT_UNREADABLE");
                return progress.complete(JourneyOutcome.rejected("DOCUMENT_UNREADABLE"));
            }
            if (TencentFailures.CONFIGURATION_ERROR.equals(cause.getType())) {
                return progress.fail(step, "VENDOR_CONFIGURATION");
            }
            // A business answer as an error, from an action that documents none, is as unexpected as an unknown value.
            if (TencentFailures.UNDOCUMENTED_ANSWER.equals(cause.getType())
                    || TencentFailures.BUSINESS_RESULT.equals(cause.getType())) {
                return progress.fail(step, "VENDOR_UNDOCUMENTED_ANSWER");
            }
        }
        return progress.fail(step, "VENDOR_UNAVAILABLE");
    }
}
