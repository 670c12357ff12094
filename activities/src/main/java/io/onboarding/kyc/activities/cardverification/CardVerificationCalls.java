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
import io.onboarding.kyc.contract.cardverification.ForeignCardSubmission;
import io.onboarding.kyc.contract.journey.JourneyPath;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.store.sealing.Sealer;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;

/** What both of Tencent's foreign-card APIs need alike: the card's images, the audited call, a token. */
@Singleton
class CardVerificationCalls {

    private final VendorCalls tencent;
    private final VendorImages images;
    private final Sealer sealer;
    private final JourneyStore journeys;

    CardVerificationCalls(VendorCalls tencent, VendorImages images, Sealer sealer, JourneyStore journeys) {
        this.tencent = tencent;
        this.images = images;
        this.sealer = sealer;
        this.journeys = journeys;
    }

    /** The card's sides as the action takes them, and the vendor-call audit's subject for applying. */
    record Submission(String front, String back, CallSubject subject) {}

    Submission submission(String journeyId, ForeignCardSubmission card, ImageRules rules) {
        // the workflow chose the foreign checks: for an AUTO journey, this is where support learns it
        journeys.onPath(journeyId, JourneyPath.FOREIGN.name());
        String front = images.base64(card.frontDocumentId(), rules);
        String back = card.backDocumentId() == null ? null : images.base64(card.backDocumentId(), rules);
        String sides = card.frontDocumentId() + (card.backDocumentId() == null ? "" : "+" + card.backDocumentId());
        return new Submission(front, back, new CallSubject(journeyId, "CARD_VERIFICATION", sides));
    }

    /** The audit's subject for a poll: the token is a handle to personal data, so only its fingerprint. */
    CallSubject pollSubject(String journeyId, String token) {
        return new CallSubject(journeyId, "CARD_VERIFICATION_RESULT", "token:" + sealer.fingerprint(token));
    }

    <Q, R extends TencentAnswer> TencentReply<R> call(CallSubject subject, TencentAction<Q, R> action, Q request) {
        try {
            return tencent.call(subject, action, request);
        } catch (TencentErrorException e) {
            throw TencentFailures.toActivityFailure(e);
        }
    }

    /** An accepted application without a token could never be polled: an answer Tencent does not document. */
    static String requireToken(String token, TencentAction<?, ?> action, String requestId) {
        if (token == null || token.isBlank()) {
            throw ApplicationFailure.newNonRetryableFailure(
                    action.name() + " answered without a token, RequestId " + requestId,
                    TencentFailures.UNDOCUMENTED_ANSWER);
        }
        return token;
    }
}
