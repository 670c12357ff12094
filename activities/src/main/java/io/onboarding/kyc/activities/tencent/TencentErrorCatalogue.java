package io.onboarding.kyc.activities.tencent;

import static io.onboarding.kyc.activities.tencent.TencentErrorCategory.BUSINESS_RESULT;
import static io.onboarding.kyc.activities.tencent.TencentErrorCategory.CALLER_ERROR;
import static io.onboarding.kyc.activities.tencent.TencentErrorCategory.CONFIGURATION_ERROR;
import static io.onboarding.kyc.activities.tencent.TencentErrorCategory.THROTTLED;
import static io.onboarding.kyc.activities.tencent.TencentErrorCategory.TRANSIENT;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error code Tencent documents for the actions we call, and the common codes of API 3.0, each
 * with exactly one {@link TencentErrorCategory}. Codes are global strings at Tencent, and where two
 * actions document the same code they mean the same thing, so one table serves all actions.
 */
public final class TencentErrorCatalogue {

    private static final Map<String, TencentErrorCategory> CODES = new LinkedHashMap<>();

    static {
        // Common codes of every API 3.0 action.
        configuration(
                "AuthFailure.InvalidAuthorization",
                "AuthFailure.InvalidSecretId",
                "AuthFailure.MFAFailure",
                "AuthFailure.SecretIdNotFound",
                "AuthFailure.SignatureExpire",
                "AuthFailure.SignatureFailure",
                "AuthFailure.TokenFailure",
                "AuthFailure.UnauthorizedOperation",
                "InvalidAction",
                "NoSuchVersion",
                "UnsupportedRegion",
                "UnauthorizedOperation",
                "UnsupportedOperation",
                "UnsupportedProtocol");
        caller(
                "MissingParameter",
                "InvalidParameter",
                "InvalidParameterValue",
                "UnknownParameter",
                "RequestSizeLimitExceeded",
                "UnsupportedRequestMethod");
        throttled(
                "RequestLimitExceeded",
                "RequestLimitExceeded.IPLimitExceeded",
                "RequestLimitExceeded.UinLimitExceeded");
        transientFailure("InternalError", "ServiceUnavailable", "ResourceUnavailable", "ResourceInsufficient");

        // Account state, named by one action or another.
        configuration(
                "UnauthorizedOperation.Arrears",
                "UnauthorizedOperation.ChargeStatusException",
                "UnauthorizedOperation.NonAuthorize",
                "UnauthorizedOperation.Nonactivated",
                "FailedOperation.StsUnAuthErrError",
                "FailedOperation.UnOpenError",
                "ResourceUnavailable.InArrears",
                "ResourceUnavailable.ResourcePackageRunOut",
                "ResourcesSoldOut.ChargeStatusException");

        // The request or the image as sent.
        caller(
                "InvalidParameter.UnsupportEncryptField",
                "InvalidParameter.ConfigFormatError",
                "InvalidParameter.EngineImageDecodeFailed",
                "InvalidParameterValue.InvalidParameterValueLimit",
                "InvalidParameterValue.InvalidFileContentSize",
                "LimitExceeded.TooLargeFileError",
                "FailedOperation.EmptyImageError",
                "FailedOperation.ImageBlur",
                "FailedOperation.ImageDecodeFailed",
                "FailedOperation.ImageNoIdCard",
                "FailedOperation.ImageSizeTooLarge",
                "FailedOperation.CardSideError",
                "FailedOperation.IdCardInfoIllegal",
                "FailedOperation.IdCardTooSmall",
                "FailedOperation.MultiCardError",
                "FailedOperation.IdPhotoPoorQuality",
                "FailedOperation.LifePhotoDetectFaces",
                "FailedOperation.LifePhotoDetectNoFaces",
                "FailedOperation.LifePhotoPoorQuality",
                "FailedOperation.LifePhotoSizeError");

        // Tencent's side, or a system behind it, failed.
        transientFailure(
                "InternalError.UnKnown",
                "InternalError.EncryptSystemError",
                "FailedOperation.OcrFailed",
                "FailedOperation.UnKnown",
                "FailedOperation.UnKnowError",
                "FailedOperation.CompareSystemError",
                "FailedOperation.IdPhotoSystemNoanswer",
                "FailedOperation.FileSaveError",
                "FailedOperation.EncryptSystemError",
                "FailedOperation.DecryptSystemError",
                "FailedOperation.WarningServiceFailed",
                "FailedOperation.DownLoadError",
                "ResourceUnavailable.ImageDownloadError");
        throttled("FailedOperation.RequestLimitExceeded");

        // Answers about the person or the card (CheckIdCardInformation).
        business(
                "FailedOperation.CompareFail",
                "FailedOperation.CompareLowSimilarity",
                "FailedOperation.IdFormatError",
                "FailedOperation.IdNameMisMatch",
                "FailedOperation.IdNoExistSystem",
                "FailedOperation.IdPhotoNoExist",
                "FailedOperation.OcrWarningOccurred",
                "FailedOperation.LifePhotoDetectFake");
    }

    private TencentErrorCatalogue() {}

    /** The category of a documented code, or of an undocumented one by its family. */
    public static TencentErrorCategory categorise(String code) {
        TencentErrorCategory known = CODES.get(code);
        if (known != null) {
            return known;
        }
        return byFamily(code);
    }

    public static boolean isDocumented(String code) {
        return CODES.containsKey(code);
    }

    /**
     * An undocumented code falls back to its family's meaning. Anything else is treated as transient: an
     * error answer is never billed, so a bounded retry costs nothing and a wrong "final" would fail a
     * customer's journey for our ignorance.
     */
    private static TencentErrorCategory byFamily(String code) {
        String family = code == null ? "" : code.split("\\.", 2)[0];
        return switch (family) {
            case "AuthFailure",
                    "UnauthorizedOperation",
                    "ResourcesSoldOut",
                    "InvalidAction",
                    "NoSuchVersion",
                    "UnsupportedRegion",
                    "UnsupportedOperation" -> CONFIGURATION_ERROR;
            case "InvalidParameter", "InvalidParameterValue", "MissingParameter", "UnknownParameter", "LimitExceeded" ->
                CALLER_ERROR;
            case "RequestLimitExceeded" -> THROTTLED;
            default -> TRANSIENT;
        };
    }

    private static void configuration(String... codes) {
        put(CONFIGURATION_ERROR, codes);
    }

    private static void caller(String... codes) {
        put(CALLER_ERROR, codes);
    }

    private static void throttled(String... codes) {
        put(THROTTLED, codes);
    }

    private static void transientFailure(String... codes) {
        put(TRANSIENT, codes);
    }

    private static void business(String... codes) {
        put(BUSINESS_RESULT, codes);
    }

    private static void put(TencentErrorCategory category, String... codes) {
        for (String code : codes) {
            if (CODES.putIfAbsent(code, category) != null) {
                throw new IllegalStateException(code + " is classified twice");
            }
        }
    }
}
