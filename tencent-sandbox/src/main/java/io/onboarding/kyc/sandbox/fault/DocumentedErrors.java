package io.onboarding.kyc.sandbox.fault;

import io.onboarding.kyc.sandbox.protocol.CommonErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The business error codes each action's API page documents, with their descriptions, as the seed pages in
 * {@code shared/seeds/} list them, and as Tencent's SDKs list them where a seed is silent or behind (noted per
 * action). An injected {@code error} fault must use one of these for its action, or a common code
 * ({@link CommonErrors}): a code the real action can never return would test nothing real.
 */
public final class DocumentedErrors {

    private static final Map<String, Map<String, String>> BY_ACTION = Map.of(
            // seed 002
            "RecognizeMainlandIDCardOCR", table("""
                    FailedOperation.CardSideError | The CardSide type of the ID card is incorrect.
                    FailedOperation.DownLoadError | Failed to download the file.
                    FailedOperation.EmptyImageError | The image is empty.
                    FailedOperation.IdCardInfoIllegal | The ID card information (ID number, name, etc.) is invalid.
                    FailedOperation.IdCardTooSmall | The resolution of the image is too low or the proportion of the ID card in the image is too small.
                    FailedOperation.ImageBlur | The image is blurry.
                    FailedOperation.ImageDecodeFailed | Failed to decode the image.
                    FailedOperation.ImageNoIdCard | No ID card is detected in the image.
                    FailedOperation.ImageSizeTooLarge | The image size exceeds the limit. Refer to the image size constraints in the input parameter description.
                    FailedOperation.MultiCardError | Multiple cards of the same side are detected in the image. Please upload an image with a single side or one front and one back side.
                    FailedOperation.OcrFailed | OCR recognition failed. This error may be caused by unstable network connections, service anomalies, or other issues.
                    FailedOperation.UnKnowError | Unknown error.
                    FailedOperation.UnOpenError | The service has not been activated.
                    FailedOperation.WarningServiceFailed | The general warning service encountered an exception.
                    InvalidParameter.ConfigFormatError | Config is not in valid JSON format.
                    InvalidParameterValue.InvalidParameterValueLimit | Incorrect parameter value.
                    LimitExceeded.TooLargeFileError | The file size exceeds the limit.
                    ResourceUnavailable.InArrears | The account has insufficient balance.
                    ResourceUnavailable.ResourcePackageRunOut | The resource package has been exhausted.
                    ResourcesSoldOut.ChargeStatusException | The billing status is abnormal.
                    """),
            // seed 004, plus MultiCardError and IdCardInfoIllegal: the seed omits them, Tencent's current SDKs list
            // them for IDCardOCR, and the sandbox answers them for a page of two cards and an implausible card
            "IDCardOCR", table("""
                    FailedOperation.DownLoadError | File download failed.
                    FailedOperation.EmptyImageError | The image is empty.
                    FailedOperation.IdCardInfoIllegal | The ID card information (ID number, name, etc.) is invalid.
                    FailedOperation.ImageBlur | The photo is blurry.
                    FailedOperation.ImageDecodeFailed | Image decoding failed.
                    FailedOperation.ImageNoIdCard | No ID card detected in the photo.
                    FailedOperation.ImageSizeTooLarge | The image size is too large.
                    FailedOperation.MultiCardError | Multiple cards of the same side are detected in the image.
                    FailedOperation.OcrFailed | OCR failed.
                    FailedOperation.UnKnowError | Unknown error.
                    FailedOperation.UnOpenError | The service is not activated.
                    InvalidParameter.ConfigFormatError | Config is not in valid JSON format.
                    InvalidParameterValue.InvalidParameterValueLimit | Wrong parameter value.
                    LimitExceeded.TooLargeFileError | The file is too large.
                    ResourcesSoldOut.ChargeStatusException | Abnormal billing status.
                    """),
            // seed 000
            "IdCardOCRVerification", table("""
                    AuthFailure.InvalidAuthorization | CAM signature/authentication error.
                    FailedOperation.DecryptSystemError | Decryption failed.
                    FailedOperation.DownLoadError | File download failed.
                    FailedOperation.EmptyImageError | Image content is empty.
                    FailedOperation.ImageBlur | The image is blurry.
                    FailedOperation.ImageDecodeFailed | Image decoding failed.
                    FailedOperation.ImageNoIdCard | No ID card is detected in the image.
                    FailedOperation.ImageSizeTooLarge | The image is too large.
                    FailedOperation.OcrFailed | Ocr recognition failed.
                    FailedOperation.StsUnAuthErrError | STS unauthorized.
                    FailedOperation.UnKnown | Unknown internal error.
                    InvalidParameter | Invalid parameter.
                    InvalidParameter.UnsupportEncryptField | Unencrypted fields exist. Refer to the documentation to modify.
                    InvalidParameterValue | Incorrect parameter value.
                    UnauthorizedOperation.Arrears | The account is in arrears.
                    UnauthorizedOperation.ChargeStatusException | The billing status is abnormal.
                    UnauthorizedOperation.NonAuthorize | Identity verification has not been completed for the account.
                    UnauthorizedOperation.Nonactivated | The service has not been activated.
                    """),
            // seed 001
            "CheckIdCardInformation", table("""
                    FailedOperation.CompareFail | Comparison failed.
                    FailedOperation.CompareLowSimilarity | The comparison similarity did not reach the passing standard.
                    FailedOperation.CompareSystemError | Error calling the comparison engine API.
                    FailedOperation.DownLoadError | File download failed.
                    FailedOperation.EmptyImageError | Image content is empty.
                    FailedOperation.EncryptSystemError | Encryption failed.
                    FailedOperation.FileSaveError | Failed to store file. Please retry later.
                    FailedOperation.IdFormatError | Input identity card number error.
                    FailedOperation.IdNameMisMatch | Name and ID card number mismatch. Please verify and try again after.
                    FailedOperation.IdNoExistSystem | The number is not found in the database. Please go to the place of household registration to verify.
                    FailedOperation.IdPhotoNoExist | The photo of this number is not found in the database. Please go to the place of household registration to verify.
                    FailedOperation.IdPhotoPoorQuality | Document image is of poor quality. Please update and try again.
                    FailedOperation.IdPhotoSystemNoanswer | The customer database, self-built database, or authentication center failed to return the photo. Try again later.
                    FailedOperation.ImageBlur | The image is blurry.
                    FailedOperation.ImageDecodeFailed | Image decoding failed.
                    FailedOperation.ImageNoIdCard | No ID card is detected in the image.
                    FailedOperation.ImageSizeTooLarge | The image is too large.
                    FailedOperation.LifePhotoDetectFaces | Multiple faces are detected.
                    FailedOperation.LifePhotoDetectFake | Real person comparison failed.
                    FailedOperation.LifePhotoDetectNoFaces | Failed to detect a full face.
                    FailedOperation.LifePhotoPoorQuality | The resolution of the image passed in is too low. Please upload a new one.
                    FailedOperation.LifePhotoSizeError | The image passed in is too large or too small.
                    FailedOperation.OcrFailed | Ocr recognition failed.
                    FailedOperation.RequestLimitExceeded | The number of calls exceeded the limit.
                    FailedOperation.StsUnAuthErrError | STS unauthorized.
                    FailedOperation.UnKnown | Unknown internal error.
                    InternalError.EncryptSystemError | Encryption failed.
                    InternalError.UnKnown | Unknown internal error.
                    InvalidParameter | Invalid parameter.
                    UnauthorizedOperation.Arrears | The account is in arrears.
                    UnauthorizedOperation.ChargeStatusException | The billing status is abnormal.
                    UnauthorizedOperation.Nonactivated | The service has not been activated.
                    """),
            // seed 003
            "ApplyCardVerification", table("""
                    FailedOperation.ImageSizeTooLarge | The image is too large.
                    FailedOperation.UnKnowError | Unknown error.
                    FailedOperation.UnOpenError | The service is not activated.
                    InvalidParameter.EngineImageDecodeFailed | Image decoding failed.
                    InvalidParameterValue.InvalidFileContentSize | The image file content size is abnormal.
                    InvalidParameterValue.InvalidParameterValueLimit | Parameter value is wrong.
                    ResourceUnavailable.ImageDownloadError | Image file download failed.
                    ResourceUnavailable.InArrears | The account is in arrears.
                    ResourceUnavailable.ResourcePackageRunOut | The account has exhausted the resource package for this service.
                    """),
            // no seed page: the codes Tencent's SDKs list for it. Apply's image codes are not among them, since a
            // poll sends no image. Descriptions as on Apply's page.
            "GetCardVerificationResult", table("""
                    FailedOperation.UnKnowError | Unknown error.
                    FailedOperation.UnOpenError | The service is not activated.
                    InvalidParameterValue.InvalidParameterValueLimit | Parameter value is wrong.
                    ResourceUnavailable.InArrears | The account is in arrears.
                    ResourceUnavailable.ResourcePackageRunOut | The account has exhausted the resource package for this service.
                    """),
            // OCR 2018-11-19 successor of the pair above. The stored copies of its pages do not reach their error
            // tables: these are the OCR product's codes for the image checks its parameters describe, plus the
            // product's service-state codes (see tencent-sandbox/ACTIONS.md). Descriptions as on the OCR pages.
            "ApplyCardVerificationExternal", table("""
                    FailedOperation.DownLoadError | Failed to download the file.
                    FailedOperation.EmptyImageError | The image is empty.
                    FailedOperation.IdCardTooSmall | The resolution of the image is too low or the proportion of the card in the image is too small.
                    FailedOperation.ImageDecodeFailed | Failed to decode the image.
                    FailedOperation.ImageSizeTooLarge | The image size exceeds the limit. Refer to the image size constraints in the input parameter description.
                    FailedOperation.UnKnowError | Unknown error.
                    FailedOperation.UnOpenError | The service has not been activated.
                    InvalidParameterValue.InvalidParameterValueLimit | Incorrect parameter value.
                    LimitExceeded.TooLargeFileError | The file size exceeds the limit.
                    ResourceUnavailable.InArrears | The account has insufficient balance.
                    ResourceUnavailable.ResourcePackageRunOut | The resource package has been exhausted.
                    ResourcesSoldOut.ChargeStatusException | The billing status is abnormal.
                    """),
            "GetCardVerificationExternalResult", table("""
                    FailedOperation.UnKnowError | Unknown error.
                    FailedOperation.UnOpenError | The service has not been activated.
                    InvalidParameterValue.InvalidParameterValueLimit | Incorrect parameter value.
                    ResourceUnavailable.InArrears | The account has insufficient balance.
                    ResourceUnavailable.ResourcePackageRunOut | The resource package has been exhausted.
                    """));

    private DocumentedErrors() {}

    /** The actions this table knows, served or not. */
    public static Set<String> actions() {
        return BY_ACTION.keySet();
    }

    /** The codes documented for one action, empty for an action the table does not know. */
    public static Set<String> codes(String action) {
        return BY_ACTION.getOrDefault(action, Map.of()).keySet();
    }

    public static boolean isDocumented(String action, String code) {
        return BY_ACTION.getOrDefault(action, Map.of()).containsKey(code);
    }

    /** The documented description of an action's code, or the general message of a common one. */
    public static Optional<String> description(String action, String code) {
        String documented = BY_ACTION.getOrDefault(action, Map.of()).get(code);
        if (documented != null) {
            return Optional.of(documented);
        }
        return CommonErrors.text(code).map(CommonErrors.Text::english);
    }

    private static Map<String, String> table(String rows) {
        Map<String, String> table = new LinkedHashMap<>();
        rows.lines().map(String::strip).filter(row -> !row.isEmpty()).forEach(row -> {
            int bar = row.indexOf(" | ");
            table.put(row.substring(0, bar), row.substring(bar + 3));
        });
        return Map.copyOf(table);
    }
}
