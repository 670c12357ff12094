package io.onboarding.kyc.activities.faceid;

import io.onboarding.kyc.activities.image.ImageRules;
import io.onboarding.kyc.activities.image.VendorImages;
import io.onboarding.kyc.activities.tencent.CallSubject;
import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentErrorCatalogue;
import io.onboarding.kyc.activities.tencent.TencentErrorCategory;
import io.onboarding.kyc.activities.tencent.TencentErrorException;
import io.onboarding.kyc.activities.tencent.TencentFailures;
import io.onboarding.kyc.activities.tencent.TencentReply;
import io.onboarding.kyc.activities.tencent.VendorCalls;
import io.onboarding.kyc.contract.faceid.FaceIdActivities;
import io.onboarding.kyc.contract.faceid.IdVerification;
import io.onboarding.kyc.contract.faceid.IdVerificationResult;
import io.onboarding.kyc.contract.faceid.PortraitComparison;
import io.onboarding.kyc.store.sealing.Sealer;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;

@Singleton
public class FaceIdActivitiesImpl implements FaceIdActivities {

    /** Authority-side outages ({@code -4} record service error, {@code -6} upgrading): unbilled, worth retrying. */
    static final String AUTHORITY_UNAVAILABLE = "AuthorityUnavailable";

    private final VendorCalls tencent;
    private final VendorImages images;
    private final Sealer sealer;

    public FaceIdActivitiesImpl(VendorCalls tencent, VendorImages images, Sealer sealer) {
        this.tencent = tencent;
        this.images = images;
        this.sealer = sealer;
    }

    @Override
    public IdVerification verifyNameAndIdNumber(String journeyId, String name, String idNumber) {
        // The question, not a document, is the subject: the same name and number are never bought twice.
        CallSubject subject =
                new CallSubject(journeyId, "ID_VERIFICATION", sealer.fingerprint(name + "\u0000" + idNumber));
        TencentReply<IdCardOcrVerification.Response> reply = call(
                subject, IdCardOcrVerification.ACTION, IdCardOcrVerification.Request.byNameAndNumber(name, idNumber));
        String code = reply.body().result();
        IdVerificationResult result = switch (code) {
            case "0" -> IdVerificationResult.MATCH;
            case "-1" -> IdVerificationResult.MISMATCH;
            case "-2" -> IdVerificationResult.INVALID_ID_NUMBER;
            case "-3" -> IdVerificationResult.INVALID_NAME;
            case "-5" -> IdVerificationResult.NO_RECORD;
            case "-7" -> IdVerificationResult.DAILY_LIMIT_REACHED;
            case "-4", "-6" ->
                throw ApplicationFailure.newFailure(
                        "IdCardOCRVerification answered " + code + " (authority unavailable), RequestId "
                                + reply.requestId(),
                        AUTHORITY_UNAVAILABLE);
            default ->
                throw ApplicationFailure.newNonRetryableFailure(
                        "IdCardOCRVerification answered an undocumented Result " + code + ", RequestId "
                                + reply.requestId(),
                        TencentFailures.UNDOCUMENTED_ANSWER);
        };
        return new IdVerification(reply.requestId(), result, code, reply.body().billable());
    }

    @Override
    public PortraitComparison comparePortrait(String journeyId, String documentId) {
        String image = images.base64(documentId, ImageRules.CHECK_ID_CARD_INFORMATION);
        TencentReply<CheckIdCardInformation.Response> reply;
        try {
            reply = tencent.call(
                    new CallSubject(journeyId, "PORTRAIT_COMPARISON", documentId),
                    CheckIdCardInformation.ACTION,
                    new CheckIdCardInformation.Request(image, null, null, null));
        } catch (TencentErrorException e) {
            // The comparison's verdicts (name mismatch, no photo on record, …) may come as error codes too.
            if (TencentErrorCatalogue.categorise(e.code()) == TencentErrorCategory.BUSINESS_RESULT) {
                return PortraitComparison.of(e.requestId(), e.code(), 0);
            }
            throw TencentFailures.toActivityFailure(e);
        }
        CheckIdCardInformation.Response r = reply.body();
        return PortraitComparison.of(reply.requestId(), r.result(), r.sim() == null ? 0 : r.sim());
    }

    private <Q, R extends TencentAnswer> TencentReply<R> call(
            CallSubject subject, TencentAction<Q, R> action, Q request) {
        try {
            return tencent.call(subject, action, request);
        } catch (TencentErrorException e) {
            throw TencentFailures.toActivityFailure(e);
        }
    }
}
