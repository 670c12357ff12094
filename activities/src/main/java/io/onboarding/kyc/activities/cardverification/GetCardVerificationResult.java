package io.onboarding.kyc.activities.cardverification;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;
import java.util.List;

/** {@code GetCardVerificationResult} (Face ID, regional): polls a started card verification. */
public final class GetCardVerificationResult {

    /** GetCardVerificationResult on the wire (regional: it carries {@code X-TC-Region}). */
    public static final TencentAction<Request, Response> ACTION = new TencentAction<>(
            TencentProduct.FACEID, "GetCardVerificationResult", true, Request.class, Response.class);

    private GetCardVerificationResult() {}

    public record Request(String cardVerificationToken) {

        @Override
        public String toString() {
            return "GetCardVerificationResult.Request[redacted]";
        }
    }

    /**
     * Where the verification stands, with the card's fields once read.
     *
     * @param status   PROCESSING, PASSED, WARNING or REJECTED
     * @param cardInfo the card's fields, shaped per country; personal data
     */
    public record Response(
            String status,
            List<String> warnInfo,
            String nationality,
            String cardType,
            String cardSubType,
            JsonNode cardInfo,
            String requestId)
            implements TencentAnswer {

        public Response {
            warnInfo = warnInfo == null ? List.of() : List.copyOf(warnInfo);
        }

        @Override
        public String resultCode() {
            return status;
        }

        /** A poll reads a result already paid for; and a PROCESSING answer must never be reused. */
        @Override
        public boolean billable() {
            return false;
        }

        @Override
        public String toString() {
            return "GetCardVerificationResult.Response[status=" + status + ", requestId=" + requestId + "]";
        }
    }
}
