package io.onboarding.kyc.activities.cardverification;

import io.onboarding.kyc.activities.image.ImageRules;
import io.onboarding.kyc.activities.image.VendorImages;
import io.onboarding.kyc.activities.tencent.CallSubject;
import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentErrorException;
import io.onboarding.kyc.activities.tencent.TencentFailures;
import io.onboarding.kyc.activities.tencent.TencentReply;
import io.onboarding.kyc.activities.tencent.VendorCalls;
import io.onboarding.kyc.contract.cardverification.CardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.CardVerificationPoll;
import io.onboarding.kyc.contract.cardverification.CardVerificationStarted;
import io.onboarding.kyc.contract.cardverification.CardVerificationStatus;
import io.onboarding.kyc.contract.cardverification.ForeignCardSubmission;
import io.onboarding.kyc.contract.journey.JourneyPath;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.sealing.Sealer;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;

@Singleton
public class CardVerificationActivitiesImpl implements CardVerificationActivities {

    private final VendorCalls tencent;
    private final VendorImages images;
    private final Sealer sealer;
    private final JourneyStore journeys;

    public CardVerificationActivitiesImpl(
            VendorCalls tencent, VendorImages images, Sealer sealer, JourneyStore journeys) {
        this.tencent = tencent;
        this.images = images;
        this.sealer = sealer;
        this.journeys = journeys;
    }

    @Override
    public CardVerificationStarted apply(String journeyId, ForeignCardSubmission card) {
        // the workflow chose the foreign checks: for an AUTO journey, this is where support learns it
        journeys.onPath(journeyId, JourneyPath.FOREIGN.name());
        String front = image(card.frontDocumentId());
        String back = card.backDocumentId() == null ? null : image(card.backDocumentId());
        String subject = card.frontDocumentId() + (card.backDocumentId() == null ? "" : "+" + card.backDocumentId());
        TencentReply<ApplyCardVerification.Response> reply = call(
                new CallSubject(journeyId, "CARD_VERIFICATION", subject),
                ApplyCardVerification.ACTION,
                new ApplyCardVerification.Request(card.nationality(), card.cardType(), front, back, null, null));
        ApplyCardVerification.Response r = reply.body();
        if (r.cardVerificationToken() == null || r.cardVerificationToken().isBlank()) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "ApplyCardVerification answered without a token, RequestId " + reply.requestId(),
                    TencentFailures.UNDOCUMENTED_ANSWER);
        }
        return new CardVerificationStarted(
                reply.requestId(),
                r.cardVerificationToken(),
                positiveOr(r.asyncCardVerificationMaxPollingTimes(), 1),
                positiveOr(r.asyncCardVerificationPollingWaitTime(), 1));
    }

    @Override
    public CardVerificationPoll poll(String journeyId, String token) {
        TencentReply<GetCardVerificationResult.Response> reply = call(
                new CallSubject(journeyId, "CARD_VERIFICATION_RESULT", "token:" + sealer.fingerprint(token)),
                GetCardVerificationResult.ACTION,
                new GetCardVerificationResult.Request(token));
        GetCardVerificationResult.Response r = reply.body();
        CardVerificationStatus status;
        try {
            status = CardVerificationStatus.valueOf(r.status());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "GetCardVerificationResult answered an undocumented Status " + r.status() + ", RequestId "
                            + reply.requestId(),
                    TencentFailures.UNDOCUMENTED_ANSWER);
        }
        return new CardVerificationPoll(
                reply.requestId(), status, r.warnInfo(), r.nationality(), r.cardType(), r.cardSubType());
    }

    private String image(String documentId) {
        return images.base64(documentId, ImageRules.APPLY_CARD_VERIFICATION);
    }

    private <Q, R extends TencentAnswer> TencentReply<R> call(
            CallSubject subject, TencentAction<Q, R> action, Q request) {
        try {
            return tencent.call(subject, action, request);
        } catch (TencentErrorException e) {
            throw TencentFailures.toActivityFailure(e);
        }
    }

    /** Tencent's documentation gives no bound; a missing or silly value must not stop the journey waiting. */
    private static int positiveOr(Integer value, int fallback) {
        return value == null || value < 1 ? fallback : value;
    }
}
