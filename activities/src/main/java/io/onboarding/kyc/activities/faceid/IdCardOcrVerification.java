package io.onboarding.kyc.activities.faceid;

import io.onboarding.kyc.activities.encryption.EncryptedFields;
import io.onboarding.kyc.activities.encryption.Encryption;
import io.onboarding.kyc.activities.encryption.FieldEncryptor;
import io.onboarding.kyc.activities.tencent.TencentAction;
import io.onboarding.kyc.activities.tencent.TencentAnswer;
import io.onboarding.kyc.activities.tencent.TencentProduct;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code IdCardOCRVerification} (Face ID): name and ID number against the authority's records. */
public final class IdCardOcrVerification {

    /** IdCardOCRVerification on the wire. */
    public static final TencentAction<Request, Response> ACTION =
            new TencentAction<>(TencentProduct.FACEID, "IdCardOCRVerification", false, Request.class, Response.class);

    private IdCardOcrVerification() {}

    /**
     * The request.
     *
     * @param encryption set when {@code idCard} and {@code name} carry ciphertext instead of text
     */
    public record Request(String idCard, String name, String imageBase64, String imageUrl, Encryption encryption) {

        public static Request byNameAndNumber(String name, String idNumber) {
            return new Request(idNumber, name, null, null, null);
        }

        /** Name and number encrypted under a key and IV of this request's own. */
        public static Request byEncryptedNameAndNumber(String name, String idNumber, FieldEncryptor encryptor) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("IdCard", idNumber);
            fields.put("Name", name);
            EncryptedFields encrypted = encryptor.encrypt(fields);
            return new Request(
                    encrypted.ciphertext("IdCard"), encrypted.ciphertext("Name"), null, null, encrypted.encryption());
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
