package io.onboarding.kyc.activities.tencent;

import io.onboarding.kyc.activities.cardverification.ApplyCardVerification;
import io.onboarding.kyc.activities.cardverification.GetCardVerificationResult;
import io.onboarding.kyc.activities.faceid.CheckIdCardInformation;
import io.onboarding.kyc.activities.faceid.IdCardOcrVerification;
import io.onboarding.kyc.activities.ocr.MainlandSiteIdCardOcr;
import io.onboarding.kyc.activities.ocr.RecognizeMainlandIdCardOcr;

/**
 * A typed Tencent action: its product, its name on the wire and the shape of its answer.
 *
 * @param regional whether the call carries {@code X-TC-Region}
 */
public record TencentAction<Q, R extends TencentAnswer>(TencentProduct product, String name, boolean regional, Class<Q> requestType,
                                  Class<R> responseType) {

    public static final TencentAction<RecognizeMainlandIdCardOcr.Request, RecognizeMainlandIdCardOcr.Response>
            RECOGNIZE_MAINLAND_ID_CARD_OCR = new TencentAction<>(TencentProduct.OCR, "RecognizeMainlandIDCardOCR", true,
            RecognizeMainlandIdCardOcr.Request.class, RecognizeMainlandIdCardOcr.Response.class);

    public static final TencentAction<MainlandSiteIdCardOcr.Request, MainlandSiteIdCardOcr.Response>
            ID_CARD_OCR = new TencentAction<>(TencentProduct.OCR, "IDCardOCR", true,
            MainlandSiteIdCardOcr.Request.class, MainlandSiteIdCardOcr.Response.class);

    public static final TencentAction<IdCardOcrVerification.Request, IdCardOcrVerification.Response>
            ID_CARD_OCR_VERIFICATION = new TencentAction<>(TencentProduct.FACEID, "IdCardOCRVerification", false,
            IdCardOcrVerification.Request.class, IdCardOcrVerification.Response.class);

    public static final TencentAction<CheckIdCardInformation.Request, CheckIdCardInformation.Response>
            CHECK_ID_CARD_INFORMATION = new TencentAction<>(TencentProduct.FACEID, "CheckIdCardInformation", false,
            CheckIdCardInformation.Request.class, CheckIdCardInformation.Response.class);

    public static final TencentAction<ApplyCardVerification.Request, ApplyCardVerification.Response>
            APPLY_CARD_VERIFICATION = new TencentAction<>(TencentProduct.FACEID, "ApplyCardVerification", true,
            ApplyCardVerification.Request.class, ApplyCardVerification.Response.class);

    public static final TencentAction<GetCardVerificationResult.Request, GetCardVerificationResult.Response>
            GET_CARD_VERIFICATION_RESULT = new TencentAction<>(TencentProduct.FACEID, "GetCardVerificationResult", true,
            GetCardVerificationResult.Request.class, GetCardVerificationResult.Response.class);
}
