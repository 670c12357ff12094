package io.onboarding.kyc.activities.faceid;

import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;

/** {@code IdCardOCRVerification} (Face ID): name and ID number against the authority's records. */
public final class IdCardOcrVerification {

    /** IdCardOCRVerification on the wire. */
    public static final TencentAction<Request, Response> ACTION =
            new TencentAction<>(TencentProduct.FACEID, "IdCardOCRVerification", false, Request.class, Response.class);

    private IdCardOcrVerification() {}

    public record Request(String idCard, String name, String imageBase64, String imageUrl) {

        public static Request byNameAndNumber(String name, String idNumber) {
            return new Request(idNumber, name, null, null);
        }

        @Override
        public String toString() {
            return "IdCardOcrVerification.Request[redacted]";
        }
    }

    /** {@code Result} is a string code: {@code 0} match, {@code -1} mismatch, {@code -2}…{@code -7} see the seeds. */
    public record Response(
            String result,
            String description,
            String name,
            String idCard,
            String sex,
            String nation,
            String birth,
            String address,
            String requestId)
            implements TencentAnswer {

        @Override
        public String resultCode() {
            return result;
        }

        /** Tencent bills {@code 0} (match) and {@code -1} (mismatch) only. */
        @Override
        public boolean billable() {
            return "0".equals(result) || "-1".equals(result);
        }

        @Override
        public String toString() {
            return "IdCardOcrVerification.Response[result=" + result + ", requestId=" + requestId + "]";
        }
    }
}
