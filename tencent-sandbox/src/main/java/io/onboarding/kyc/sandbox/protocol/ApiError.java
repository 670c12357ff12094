package io.onboarding.kyc.sandbox.protocol;

import java.util.Objects;

/**
 * A Tencent API error: answered with HTTP 200 as {@code {"Response":{"Error":{"Code","Message"},"RequestId"}}}.
 * Thrown from anywhere in request handling; it carries no stack trace because it is an answer, not a fault.
 *
 * <p>The message is English; an error may also carry a Chinese one for {@code X-TC-Language: zh-CN}. Without
 * one, a common code gets its general Chinese message and any other code keeps its English text, as
 * Tencent's own business messages often do.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String chineseMessage;

    public ApiError(String code, String message) {
        this(code, message, null);
    }

    public ApiError(String code, String message, String chineseMessage) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.chineseMessage = chineseMessage;
    }

    public String code() {
        return code;
    }

    /** The message to send to a caller who asked for {@code language}. */
    public String message(Language language) {
        if (language == Language.ZH_CN) {
            if (chineseMessage != null) {
                return chineseMessage;
            }
            return CommonErrors.text(code).map(CommonErrors.Text::chinese).orElse(getMessage());
        }
        return getMessage();
    }

    public static ApiError missingParameter(String name) {
        return new ApiError(
                ErrorCodes.MISSING_PARAMETER,
                "The request is missing a required parameter `" + name + "`.",
                "缺少必填参数 `" + name + "`。");
    }

    public static ApiError invalidParameter(String message) {
        return new ApiError(ErrorCodes.INVALID_PARAMETER, message);
    }

    /** A parameter sent with another JSON type than the action declares, e.g. a number for a String. */
    public static ApiError wrongType(String name, String expectedType) {
        return new ApiError(
                ErrorCodes.INVALID_PARAMETER,
                "The type of parameter `" + name + "` should be " + expectedType + ".",
                "参数 `" + name + "` 的类型应为 " + expectedType + "。");
    }

    public static ApiError unknownParameter(String name) {
        return new ApiError(
                ErrorCodes.UNKNOWN_PARAMETER,
                "The parameter `" + name + "` is not recognized.",
                "参数 `" + name + "` 未定义。");
    }

    public static ApiError invalidAction(String action) {
        return new ApiError(
                ErrorCodes.INVALID_ACTION,
                "The action `" + action + "` does not exist or is not served by this sandbox.",
                "接口 `" + action + "` 不存在。");
    }

    public static ApiError noSuchVersion(String version, String service, String action) {
        return new ApiError(
                ErrorCodes.NO_SUCH_VERSION,
                "The requested version `" + version + "` of service `" + service + "` does not exist for action `"
                        + action + "`.",
                "服务 `" + service + "` 的接口 `" + action + "` 不存在版本 `" + version + "`。");
    }

    public static ApiError unsupportedRegion(String action, String region) {
        return new ApiError(
                ErrorCodes.UNSUPPORTED_REGION,
                "The action `" + action + "` does not support the region `" + region + "`.",
                "接口 `" + action + "` 不支持地域 `" + region + "`。");
    }

    public static ApiError requestLimitExceeded(String action, int perSecond) {
        return new ApiError(
                ErrorCodes.REQUEST_LIMIT_EXCEEDED,
                "Your requests to `" + action + "` exceed the limit of " + perSecond + " per second.",
                "接口 `" + action + "` 的请求超过了每秒 " + perSecond + " 次的频率限制。");
    }

    /** An error whose messages are the code's general ones, e.g. for an injected fault. */
    public static ApiError common(String code) {
        CommonErrors.Text text = CommonErrors.text(code)
                .orElseThrow(() -> new IllegalArgumentException("not a common error code: " + code));
        return new ApiError(code, text.english(), text.chinese());
    }
}
