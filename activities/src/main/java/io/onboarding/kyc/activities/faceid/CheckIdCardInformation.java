package io.onboarding.kyc.activities.faceid;

import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;
import java.util.Arrays;
import java.util.List;

/** {@code CheckIdCardInformation} (Face ID): the card's portrait against the authority's photo. */
public final class CheckIdCardInformation {

    /** CheckIdCardInformation on the wire. */
    public static final TencentAction<Request, Response> ACTION =
            new TencentAction<>(TencentProduct.FACEID, "CheckIdCardInformation", false, Request.class, Response.class);

    private CheckIdCardInformation() {}

    /**
     * The request: the card image, by value or by URL.
     *
     * @param config a JSON <em>string</em> of warning switches, e.g. {@code {"CopyWarn":true}}
     */
    public record Request(String imageBase64, String imageUrl, String config, Boolean isEncrypt) {}

    /**
     * The answer: the similarity, the result code and what the card's OCR read.
     *
     * @param warnings warning codes joined by {@code |}, empty when none fired
     */
    public record Response(
            Double sim,
            String result,
            String description,
            String name,
            String sex,
            String nation,
            String birth,
            String address,
            String idNum,
            String portrait,
            String warnings,
            Double quality,
            String requestId)
            implements TencentAnswer {

        @Override
        public String resultCode() {
            return result;
        }

        /** The warning codes that stopped the comparison; {@code Warnings} joins them with {@code |}. */
        public List<String> warningCodes() {
            return warnings == null || warnings.isBlank()
                    ? List.of()
                    : Arrays.stream(warnings.split("\\|"))
                            .map(String::trim)
                            .filter(w -> !w.isEmpty())
                            .toList();
        }

        /**
         * Tencent does not say which answers of this action it bills. Every answer that arrives as a
         * response is final for the image sent (outages come as errors), so all are treated as paid
         * for and none is bought twice.
         */
        @Override
        public boolean billable() {
            return true;
        }

        @Override
        public String toString() {
            return "CheckIdCardInformation.Response[result=" + result + ", sim=" + sim + ", requestId=" + requestId
                    + "]";
        }
    }
}
