package io.onboarding.kyc.contract.faceid;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Tencent Face ID product actions. Runs on {@link io.onboarding.kyc.contract.temporal.TaskQueues#TENCENT_FACEID}. */
@ActivityInterface
public interface FaceIdActivities {

    /** {@code IdCardOCRVerification}: does the authority hold this name under this ID number? */
    @ActivityMethod
    IdVerification verifyNameAndIdNumber(String journeyId, String name, String idNumber);

    /** {@code CheckIdCardInformation}: compares the card's portrait with the authority's photo. */
    @ActivityMethod
    PortraitComparison comparePortrait(String journeyId, String documentId);
}
