package io.onboarding.kyc.activities.cardverification;

import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;

/**
 * {@code ApplyCardVerificationExternal} (OCR, 2018-11-19): starts Tencent's successor check of a non-mainland
 * card. Served from ap-singapore, like its result.
 */
public final class ApplyCardVerificationExternal {

    public static final TencentAction<Request, Response> ACTION = TencentAction.onlyIn(
            "ap-singapore", TencentProduct.OCR, "ApplyCardVerificationExternal", Request.class, Response.class);

    private ApplyCardVerificationExternal() {}

    /**
     * The card's images and what it claims to be.
     *
     * @param cardType        ID_CARD, PASSPORT, DRIVING_LICENSE or RESIDENCE_PERMIT
     * @param returnHeadImage whether the result should carry the card's portrait; the engine does not keep it, so
     *                        it asks for none
     */
    public record Request(
            String nationality,
            String cardType,
            String imageBase64Front,
            String imageBase64Back,
            String imageUrlFront,
            String imageUrlBack,
            Boolean returnHeadImage) {

        @Override
        public String toString() {
            return "ApplyCardVerificationExternal.Request[nationality=" + nationality + ", cardType=" + cardType + "]";
        }
    }

    /** Only the token: unlike its predecessor, Tencent says nothing here about how often to poll. */
    public record Response(String cardVerificationToken, String requestId) implements TencentAnswer {

        @Override
        public String resultCode() {
            return "Success";
        }

        /** The verification is what Tencent sells here; the polls that follow read its result. */
        @Override
        public boolean billable() {
            return true;
        }

        @Override
        public String toString() {
            return "ApplyCardVerificationExternal.Response[requestId=" + requestId + "]";
        }
    }
}
