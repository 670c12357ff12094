package io.onboarding.kyc.contract.ocr;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Tencent OCR product actions. Runs on {@link io.onboarding.kyc.contract.temporal.TaskQueues#TENCENT_OCR}. */
@ActivityInterface
public interface OcrActivities {

    /** Reads one side of a mainland resident ID card from a stored document. */
    @ActivityMethod
    IdCardOcr recognizeMainlandIdCard(String journeyId, String documentId, CardSide side);
}
