package io.onboarding.kyc.sandbox.sdk;

import com.google.gson.annotations.Expose;
import com.google.gson.annotations.SerializedName;
import com.tencentcloudapi.common.AbstractModel;
import java.util.HashMap;

/**
 * Request models shaped like those of Tencent's per-product SDKs (which do not resolve here): the SDK serialises
 * them to JSON for TC3 POST and flattens them through {@code AbstractModel.toMap} for v1 and for GET, which the SDK's
 * {@code CommonRequest} cannot do. Fields are named exactly as the JSON parameters, as in the generated models:
 * the SDK looks each serialised field up by that name.
 */
final class SdkModels {

    private SdkModels() {}

    // Fields are capitalised as the JSON parameters they serialise to; constructor parameters follow Java style.
    @SuppressWarnings("InconsistentCapitalization")
    static final class IdCardOcrVerificationRequest extends AbstractModel {

        @SerializedName("IdCard")
        @Expose
        private final String IdCard;

        @SerializedName("Name")
        @Expose
        private final String Name;

        IdCardOcrVerificationRequest(String idCard, String name) {
            this.IdCard = idCard;
            this.Name = name;
        }

        @Override
        @SuppressWarnings("NonApiType") // the signature is the SDK's AbstractModel.toMap
        protected void toMap(HashMap<String, String> map, String prefix) {
            setParamSimple(map, prefix + "IdCard", IdCard);
            setParamSimple(map, prefix + "Name", Name);
        }
    }

    // Fields are capitalised as the JSON parameters they serialise to; constructor parameters follow Java style.
    @SuppressWarnings("InconsistentCapitalization")
    static final class RecognizeMainlandIdCardOcrRequest extends AbstractModel {

        @SerializedName("ImageBase64")
        @Expose
        private final String ImageBase64;

        @SerializedName("CropPortrait")
        @Expose
        private final Boolean CropPortrait;

        RecognizeMainlandIdCardOcrRequest(String imageBase64, Boolean cropPortrait) {
            this.ImageBase64 = imageBase64;
            this.CropPortrait = cropPortrait;
        }

        @Override
        @SuppressWarnings("NonApiType") // the signature is the SDK's AbstractModel.toMap
        protected void toMap(HashMap<String, String> map, String prefix) {
            setParamSimple(map, prefix + "ImageBase64", ImageBase64);
            setParamSimple(map, prefix + "CropPortrait", CropPortrait);
        }
    }
}
