package io.onboarding.kyc.activities.cardverification;

import io.onboarding.kyc.activities.image.ImageRules;
import io.onboarding.kyc.activities.tencent.TencentReply;
import io.onboarding.kyc.contract.cardverification.CardVerificationPoll;
import io.onboarding.kyc.contract.cardverification.CardVerificationStarted;
import io.onboarding.kyc.contract.cardverification.ExternalCardVerificationActivities;
import io.onboarding.kyc.contract.cardverification.ForeignCardSubmission;
import jakarta.inject.Singleton;

/**
 * Tencent's successor foreign-card API, on OCR. Its application answers with a token only, so the schedule of
 * polls is ours: the one its predecessor's documentation gives as an example, every 5 s for up to 60 polls.
 */
@Singleton
public class ExternalCardVerificationActivitiesImpl implements ExternalCardVerificationActivities {

    static final int POLLS = 60;
    static final int SECONDS_BETWEEN_POLLS = 5;

    private final CardVerificationCalls calls;

    ExternalCardVerificationActivitiesImpl(CardVerificationCalls calls) {
        this.calls = calls;
    }

    @Override
    public CardVerificationStarted apply(String journeyId, ForeignCardSubmission card) {
        CardVerificationCalls.Submission sides =
                calls.submission(journeyId, card, ImageRules.APPLY_CARD_VERIFICATION_EXTERNAL);
        TencentReply<ApplyCardVerificationExternal.Response> reply = calls.call(
                sides.subject(),
                ApplyCardVerificationExternal.ACTION,
                new ApplyCardVerificationExternal.Request(
                        card.nationality(), card.cardType(), sides.front(), sides.back(), null, null, false));
        return new CardVerificationStarted(
                reply.requestId(),
                CardVerificationCalls.requireToken(
                        reply.body().cardVerificationToken(), ApplyCardVerificationExternal.ACTION, reply.requestId()),
                POLLS,
                SECONDS_BETWEEN_POLLS);
    }

    @Override
    public CardVerificationPoll poll(String journeyId, String token) {
        TencentReply<GetCardVerificationExternalResult.Response> reply = calls.call(
                calls.pollSubject(journeyId, token),
                GetCardVerificationExternalResult.ACTION,
                new GetCardVerificationExternalResult.Request(token));
        GetCardVerificationExternalResult.Response r = reply.body();
        return new CardVerificationPoll(
                reply.requestId(),
                ExternalStatuses.read(r.status(), r.warnInfo()),
                r.warnInfo(),
                r.nationality(),
                null,
                null,
                r.status());
    }
}
