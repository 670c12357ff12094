package io.onboarding.kyc.activities.ocr;

import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;
import java.util.List;

/** {@code RecognizeMainlandIDCardOCR} (OCR, international site, ap-singapore only). */
public final class RecognizeMainlandIdCardOcr {

    /** RecognizeMainlandIDCardOCR on the wire (regional: it carries {@code X-TC-Region}). */
    public static final TencentAction<Request, Response> ACTION =
            new TencentAction<>(TencentProduct.OCR, "RecognizeMainlandIDCardOCR", true, Request.class, Response.class);

    private RecognizeMainlandIdCardOcr() {}

    /**
     * A card image, as base64 or a URL, and what to crop from it.
     *
     * @param cardSide {@code FRONT}, {@code BACK}, or {@code null} to let Tencent decide
     */
    public record Request(
            String imageBase64, String imageUrl, String cardSide, Boolean cropPortrait, Boolean cropIdCard) {}

    public record Response(
            String name,
            String sex,
            String nation,
            String birth,
            String address,
            String idNum,
            String authority,
            String validDate,
            List<Integer> warnCardInfos,
            String portraitImage,
            String idCardImage,
            String requestId)
            implements TencentAnswer {

        public Response {
            warnCardInfos = warnCardInfos == null ? List.of() : List.copyOf(warnCardInfos);
        }

        /** A read card is a billed recognition; failures come as errors, not as responses. */
        @Override
        public String resultCode() {
            return "Success";
        }

        @Override
        public boolean billable() {
            return true;
        }

        @Override
        public String toString() {
            return "RecognizeMainlandIdCardOcr.Response[warnCardInfos=" + warnCardInfos + ", requestId=" + requestId
                    + "]";
        }
    }
}
