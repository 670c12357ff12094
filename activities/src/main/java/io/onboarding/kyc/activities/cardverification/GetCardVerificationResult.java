package io.onboarding.kyc.activities.cardverification;

import com.fasterxml.jackson.annotation.JsonProperty;
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
     * @param idVerificationToken Tencent's token for this verification's identity check, which its page lists in
     *     the output; {@code null} when absent (older answers, or before a verdict), an empty one reads the same
     */
    public record Response(
            String status,
            List<String> warnInfo,
            String nationality,
            String cardType,
            String cardSubType,
            JsonNode cardInfo,
            // Tencent spells the acronym in capitals; Jackson's upper-camel strategy would look for
            // "IdVerificationToken"
            @JsonProperty("IDVerificationToken") String idVerificationToken,
            String requestId)
            implements TencentAnswer {

        public Response {
            warnInfo = warnInfo == null ? List.of() : List.copyOf(warnInfo);
            idVerificationToken =
                    idVerificationToken == null || idVerificationToken.isBlank() ? null : idVerificationToken;
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
