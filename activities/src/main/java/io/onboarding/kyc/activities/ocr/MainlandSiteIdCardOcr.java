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

    /** A warning entry without a readable code: in no table, so it becomes an unrecognised warning. */
    static final int UNREADABLE_CODE = 0;

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

        /**
         * The warning codes inside {@code AdvancedInfo}; none when it is empty or says nothing of warnings.
         * Tencent has documented two shapes over time, and a live account may answer in either: a plain array
         * of codes ({@code [-9102,-9101]}, the current reference) and an array of {@code {"Code","Msg"}}
         * objects (the older page). Both read to the same codes; an entry that holds no number reads as
         * {@link #UNREADABLE_CODE}, which no table knows, so it is reviewed rather than dropped. So is an
         * {@code AdvancedInfo} that is not JSON, or whose {@code WarnInfos} is not a list: the answer is paid for
         * and its card fields stand, so it must neither fail the activity nor pass as "no warnings".
         */
        public List<Integer> warnInfos() {
            if (advancedInfo == null || advancedInfo.isBlank()) {
                return List.of();
            }
            JsonNode warnings;
            try {
                warnings = JSON.readTree(advancedInfo).path("WarnInfos");
            } catch (JsonProcessingException e) {
                return List.of(UNREADABLE_CODE);
            }
            if (warnings.isMissingNode() || warnings.isNull()) {
                return List.of();
            }
            if (!warnings.isArray()) {
                return List.of(UNREADABLE_CODE);
            }
            List<Integer> codes = new ArrayList<>();
            for (JsonNode entry : warnings) {
                codes.add(code(entry.isObject() ? entry.path("Code") : entry));
            }
            return codes;
        }

        private static int code(JsonNode value) {
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                return value.intValue();
            }
            if (value.isTextual()) {
                try {
                    return Integer.parseInt(value.textValue().trim());
                } catch (NumberFormatException e) {
                    return UNREADABLE_CODE;
                }
            }
            return UNREADABLE_CODE;
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
