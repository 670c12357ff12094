package io.onboarding.kyc.worker.policy;

import io.onboarding.kyc.contract.cardverification.CardVerificationPoll;

/** Tencent's verdict on a non-mainland card. */
public final class CardVerificationPolicy {

    public Finding evaluate(CardVerificationPoll poll) {
        return switch (poll.status()) {
            case PASSED -> Finding.pass();
            case WARNING -> Finding.review("CARD_VERIFICATION_WARNING");
            case REJECTED -> Finding.reject("CARD_VERIFICATION_REJECTED");
            // Polled as often as Tencent said to and still working: the check timed out, not the journey.
            case PROCESSING -> Finding.review("CARD_VERIFICATION_TIMEOUT");
        };
    }
}
