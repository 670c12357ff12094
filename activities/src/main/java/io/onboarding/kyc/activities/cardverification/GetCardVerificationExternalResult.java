package io.onboarding.kyc.activities.cardverification;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;
import java.util.List;

/** {@code GetCardVerificationExternalResult} (OCR, 2018-11-19): polls a started check; ap-singapore only. */
public final class GetCardVerificationExternalResult {

    public static final TencentAction<Request, Response> ACTION = TencentAction.onlyIn(
            "ap-singapore", TencentProduct.OCR, "GetCardVerificationExternalResult", Request.class, Response.class);

    private GetCardVerificationExternalResult() {}

    public record Request(String cardVerificationToken) {

        @Override
        public String toString() {
            return "GetCardVerificationExternalResult.Request[redacted]";
        }
    }

    /**
     * Where the check stands, with the card's fields once read.
     *
     * @param status       PASSED, PROCESSING or WARNING on Tencent's page; PROCESSING, ABNORMAL or COMPLETED in
     *                     its SDK: read by {@link ExternalStatuses}
     * @param warnInfo     named warnings, e.g. {@code PaperCopy}
     * @param cardInfo     the front's fields; personal data
     * @param backCardInfo the back's fields; personal data
     * @param nationality  deprecated by Tencent, kept for the timeline when it comes
     */
    public record Response(
            String status,
            List<String> warnInfo,
            JsonNode cardInfo,
            JsonNode backCardInfo,
            String nationality,
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
            return "GetCardVerificationExternalResult.Response[status=" + status + ", requestId=" + requestId + "]";
        }
    }
}
