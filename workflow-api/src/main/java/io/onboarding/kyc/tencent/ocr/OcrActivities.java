package io.onboarding.kyc.tencent.ocr;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Tencent OCR product actions. Runs on {@link io.onboarding.kyc.temporal.TaskQueues#TENCENT_OCR}. */
@ActivityInterface
public interface OcrActivities {

    /** Reads one side of a mainland resident ID card from a stored document. */
    @ActivityMethod
    IdCardOcr recognizeMainlandIdCard(String journeyId, String documentId, CardSide side);
}
