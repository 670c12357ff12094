package io.onboarding.kyc.activities.faceid;

import io.onboarding.kyc.activities.encryption.Encryption;
import io.onboarding.kyc.activities.encryption.FieldEncryptor;
import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code CheckIdCardInformation} (Face ID): the card's portrait against the authority's photo. */
public final class CheckIdCardInformation {

    /** CheckIdCardInformation on the wire. */
    public static final TencentAction<Request, Response> ACTION =
            new TencentAction<>(TencentProduct.FACEID, "CheckIdCardInformation", false, Request.class, Response.class);

    private CheckIdCardInformation() {}

    /**
     * The request: the card image, by value or by URL.
     *
     * @param config     a JSON <em>string</em> of warning switches, e.g. {@code {"CopyWarn":true}}
     * @param isEncrypt  asks for the answer's name and ID number encrypted under the key in {@code encryption}
     * @param encryption the request's key, wrapped for Tencent; it encrypts no request field, since the request
     *                   carries none that identify a person
     */
    public record Request(
            String imageBase64, String imageUrl, String config, Boolean isEncrypt, Encryption encryption) {

        public static Request of(String imageBase64) {
            return new Request(imageBase64, null, null, null, null);
        }

        /**
         * The answer's name and ID number come back as ciphertext: the engine reads only the similarity and the
         * result, so they never cross the wire, nor reach the vendor-call audit, in plain text.
         */
        public static Request withEncryptedAnswer(String imageBase64, FieldEncryptor encryptor) {
            return new Request(
                    imageBase64, null, null, true, encryptor.encrypt(Map.of()).encryption());
        }

        @Override
        public String toString() {
            return "CheckIdCardInformation.Request[isEncrypt=" + isEncrypt + "]";
        }
    }

    /**
     * The answer: the similarity, the result code and what the card's OCR read.
     *
     * @param portrait the card's portrait as base64, or {@code null} when Tencent could not crop it (as it
     *     documents); an empty string means the same and reads as {@code null}
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

        public Response {
            portrait = portrait == null || portrait.isBlank() ? null : portrait;
        }

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
         * Tencent does not say which answers of this action it bills. A verdict (Success or a business
         * result) is final for the image sent, so it is treated as paid for and never bought twice. Any
         * other code becomes an activity failure ({@link CheckIdCardInformationOutcomes}); kept as paid, it
         * would be handed back to every retry, so an outage answered in {@code Result} could never clear.
         */
        @Override
        public boolean billable() {
            return CheckIdCardInformationOutcomes.isVerdict(result);
        }

        @Override
        public String toString() {
            return "CheckIdCardInformation.Response[result=" + result + ", sim=" + sim + ", requestId=" + requestId
                    + "]";
        }
    }
}
