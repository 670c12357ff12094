package io.onboarding.kyc.activities.ocr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;
import java.util.ArrayList;
import java.util.List;

/** {@code IDCardOCR} (OCR, mainland site): the same card fields, warnings inside a JSON string. */
public final class MainlandSiteIdCardOcr {

    /** IDCardOCR on the wire (regional: it carries {@code X-TC-Region}). */
    public static final TencentAction<Request, Response> ACTION =
            new TencentAction<>(TencentProduct.OCR, "IDCardOCR", true, Request.class, Response.class);

    /** Every warning the mainland site can raise, asked for on every call; the policy decides what they mean. */
    public static final String ALL_WARNINGS_CONFIG = "{\"CopyWarn\":true,\"BorderCheckWarn\":true,\"ReshootWarn\":true,"
            + "\"DetectPsWarn\":true,\"TempIdWarn\":true,\"InvalidDateWarn\":true,\"ReflectWarn\":true}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private MainlandSiteIdCardOcr() {}

    /**
     * A card image, as base64 or a URL, and the warnings to raise.
     *
     * @param config a JSON <em>string</em> of switches, e.g. {@link #ALL_WARNINGS_CONFIG}
     */
    public record Request(String imageBase64, String imageUrl, String cardSide, String config) {}

    /**
     * The card's fields as read.
     *
     * @param advancedInfo a JSON <em>string</em>, e.g. {@code {"WarnInfos":[-9102,-9101]}}
     */
    public record Response(
            String name,
            String sex,
            String nation,
            String birth,
            String address,
            String idNum,
            String authority,
            String validDate,
            String advancedInfo,
            String requestId)
            implements TencentAnswer {

        /** The warning codes inside {@code AdvancedInfo}; none when it is empty or says nothing of warnings. */
        public List<Integer> warnInfos() {
            if (advancedInfo == null || advancedInfo.isBlank()) {
                return List.of();
            }
            try {
                List<Integer> codes = new ArrayList<>();
                for (JsonNode code : JSON.readTree(advancedInfo).path("WarnInfos")) {
                    codes.add(code.asInt());
                }
                return codes;
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("IDCardOCR AdvancedInfo is not JSON", e);
            }
        }

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
            return "MainlandSiteIdCardOcr.Response[requestId=" + requestId + "]";
        }
    }
}
