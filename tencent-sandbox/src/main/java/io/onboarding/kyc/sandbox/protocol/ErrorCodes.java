package io.onboarding.kyc.sandbox.protocol;

/** The Tencent error codes the sandbox answers with, spelled exactly as the service spells them. */
public final class ErrorCodes {

    public static final String INVALID_AUTHORIZATION = "AuthFailure.InvalidAuthorization";
    public static final String SECRET_ID_NOT_FOUND = "AuthFailure.SecretIdNotFound";
    public static final String SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";
    public static final String SIGNATURE_FAILURE = "AuthFailure.SignatureFailure";

    public static final String INVALID_ACTION = "InvalidAction";
    public static final String NO_SUCH_VERSION = "NoSuchVersion";
    public static final String MISSING_PARAMETER = "MissingParameter";
    public static final String UNSUPPORTED_REGION = "UnsupportedRegion";
    public static final String INVALID_PARAMETER = "InvalidParameter";
    public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    public static final String INVALID_PARAMETER_VALUE_LIMIT = "InvalidParameterValue.InvalidParameterValueLimit";
    public static final String UNKNOWN_PARAMETER = "UnknownParameter";
    public static final String REQUEST_SIZE_LIMIT_EXCEEDED = "RequestSizeLimitExceeded";
    public static final String UNSUPPORTED_OPERATION = "UnsupportedOperation";
    public static final String INTERNAL_ERROR = "InternalError";

    public static final String CARD_SIDE_ERROR = "FailedOperation.CardSideError";
    public static final String DOWNLOAD_ERROR = "FailedOperation.DownLoadError";
    public static final String EMPTY_IMAGE_ERROR = "FailedOperation.EmptyImageError";
    public static final String IMAGE_DECODE_FAILED = "FailedOperation.ImageDecodeFailed";
    public static final String IMAGE_NO_ID_CARD = "FailedOperation.ImageNoIdCard";
    public static final String IMAGE_SIZE_TOO_LARGE = "FailedOperation.ImageSizeTooLarge";

    public static final String TOKEN_FAILURE = "AuthFailure.TokenFailure";
    public static final String REQUEST_LIMIT_EXCEEDED = "RequestLimitExceeded";
    public static final String UNSUPPORTED_PROTOCOL = "UnsupportedProtocol";

    // card checks of the OCR and card-verification actions
    public static final String ID_CARD_TOO_SMALL = "FailedOperation.IdCardTooSmall";
    public static final String IMAGE_BLUR = "FailedOperation.ImageBlur";
    public static final String MULTI_CARD_ERROR = "FailedOperation.MultiCardError";
    public static final String ID_CARD_INFO_ILLEGAL = "FailedOperation.IdCardInfoIllegal";
    public static final String CONFIG_FORMAT_ERROR = "InvalidParameter.ConfigFormatError";
    public static final String TOO_LARGE_FILE_ERROR = "LimitExceeded.TooLargeFileError";
    public static final String ENGINE_IMAGE_DECODE_FAILED = "InvalidParameter.EngineImageDecodeFailed";
    public static final String INVALID_FILE_CONTENT_SIZE = "InvalidParameterValue.InvalidFileContentSize";
    public static final String IMAGE_DOWNLOAD_ERROR = "ResourceUnavailable.ImageDownloadError";

    private ErrorCodes() {}
}
