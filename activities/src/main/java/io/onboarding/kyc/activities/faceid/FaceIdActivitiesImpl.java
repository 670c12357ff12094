package io.onboarding.kyc.activities.faceid;

import io.onboarding.kyc.activities.encryption.IdentityFieldEncryption;
import io.onboarding.kyc.activities.image.ImageRules;
import io.onboarding.kyc.activities.image.VendorImages;
import io.onboarding.kyc.activities.tencent.CallSubject;
import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
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
    private final IdentityFieldEncryption encryption;

    public FaceIdActivitiesImpl(
            VendorCalls tencent, VendorImages images, Sealer sealer, IdentityFieldEncryption encryption) {
        this.tencent = tencent;
        this.images = images;
        this.sealer = sealer;
        this.encryption = encryption;
    }

    @Override
    public IdVerification verifyNameAndIdNumber(String journeyId, String name, String idNumber) {
        // The question, not a document, is the subject: the same name and number are never bought twice.
        CallSubject subject =
                new CallSubject(journeyId, "ID_VERIFICATION", sealer.fingerprint(name + "\u0000" + idNumber));
        // A fresh key per attempt: a retried activity never resends an earlier request's ciphertext.
        IdCardOcrVerification.Request request = encryption
                .encryptor()
                .map(encryptor -> IdCardOcrVerification.Request.byEncryptedNameAndNumber(name, idNumber, encryptor))
                .orElseGet(() -> IdCardOcrVerification.Request.byNameAndNumber(name, idNumber));
        TencentReply<IdCardOcrVerification.Response> reply = call(subject, IdCardOcrVerification.ACTION, request);
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
        CheckIdCardInformation.Request request = encryption
                .encryptor()
                .map(encryptor -> CheckIdCardInformation.Request.withEncryptedAnswer(image, encryptor))
                .orElseGet(() -> CheckIdCardInformation.Request.of(image));
        TencentReply<CheckIdCardInformation.Response> reply;
        try {
            reply = tencent.call(
                    new CallSubject(journeyId, "PORTRAIT_COMPARISON", documentId),
                    CheckIdCardInformation.ACTION,
                    request);
        } catch (TencentErrorException e) {
            // Tencent does not say which of this action's codes come as an error and which in Result: the code
            // decides, the same way for both (CheckIdCardInformationOutcomes).
            return CheckIdCardInformationOutcomes.ofError(e);
        }
        return CheckIdCardInformationOutcomes.ofResponse(reply.requestId(), reply.body());
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
