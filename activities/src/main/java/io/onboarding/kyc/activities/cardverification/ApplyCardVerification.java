package io.onboarding.kyc.activities.cardverification;

import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;

/** {@code ApplyCardVerification} (Face ID, regional): starts an asynchronous check of a non-mainland card. */
public final class ApplyCardVerification {

    /** ApplyCardVerification on the wire (regional: it carries {@code X-TC-Region}). */
    public static final TencentAction<Request, Response> ACTION =
            new TencentAction<>(TencentProduct.FACEID, "ApplyCardVerification", true, Request.class, Response.class);

    private ApplyCardVerification() {}

    /**
     * The card's images and what it claims to be.
     *
     * @param nationality IDN HKG THA MYS SGP JPN TWN PHL …, or AUTO
     * @param cardType    ID_CARD, PASSPORT, DRIVING_LICENSE or AUTO
     */
    public record Request(
            String nationality,
            String cardType,
            String imageBase64Front,
            String imageBase64Back,
            String imageUrlFront,
            String imageUrlBack) {

        @Override
        public String toString() {
            return "ApplyCardVerification.Request[nationality=" + nationality + ", cardType=" + cardType + "]";
        }
    }

    /** How often and how long to poll {@code GetCardVerificationResult} is Tencent's to say, per call. */
    public record Response(
            String cardVerificationToken,
            Integer asyncCardVerificationMaxPollingTimes,
            Integer asyncCardVerificationPollingWaitTime,
            String requestId)
            implements TencentAnswer {

        @Override
        public String resultCode() {
            return "Success";
        }

        /** The verification is what Tencent sells here; the polls that follow read its result. */
        @Override
        public boolean billable() {
            return true;
        }
    }
}
