package io.onboarding.kyc.activities.cardverification;

import io.onboarding.kyc.activities.image.ImageRules;
import io.onboarding.kyc.activities.tencent.TencentFailures;
import io.onboarding.kyc.activities.tencent.TencentReply;
import io.onboarding.kyc.contract.cardverification.CardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.CardVerificationPoll;
import io.onboarding.kyc.contract.cardverification.CardVerificationStarted;
import io.onboarding.kyc.contract.cardverification.CardVerificationStatus;
import io.onboarding.kyc.contract.cardverification.ForeignCardSubmission;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;

/** Tencent's first foreign-card API, on Face ID: it says itself how often to poll. */
@Singleton
public class CardVerificationActivitiesImpl implements CardVerificationActivities {

    private final CardVerificationCalls calls;

    CardVerificationActivitiesImpl(CardVerificationCalls calls) {
        this.calls = calls;
    }

    @Override
    public CardVerificationStarted apply(String journeyId, ForeignCardSubmission card) {
        CardVerificationCalls.Submission sides = calls.submission(journeyId, card, ImageRules.APPLY_CARD_VERIFICATION);
        TencentReply<ApplyCardVerification.Response> reply = calls.call(
                sides.subject(),
                ApplyCardVerification.ACTION,
                new ApplyCardVerification.Request(
                        card.nationality(), card.cardType(), sides.front(), sides.back(), null, null));
        ApplyCardVerification.Response r = reply.body();
        return new CardVerificationStarted(
                reply.requestId(),
                CardVerificationCalls.requireToken(
                        r.cardVerificationToken(), ApplyCardVerification.ACTION, reply.requestId()),
                positiveOr(r.asyncCardVerificationMaxPollingTimes(), 1),
                positiveOr(r.asyncCardVerificationPollingWaitTime(), 1));
    }

    @Override
    public CardVerificationPoll poll(String journeyId, String token) {
        TencentReply<GetCardVerificationResult.Response> reply = calls.call(
                calls.pollSubject(journeyId, token),
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
                reply.requestId(), status, r.warnInfo(), r.nationality(), r.cardType(), r.cardSubType(), r.status());
    }

    /** Tencent's documentation gives no bound; a missing or silly value must not stop the journey waiting. */
    private static int positiveOr(Integer value, int fallback) {
        return value == null || value < 1 ? fallback : value;
    }
}
