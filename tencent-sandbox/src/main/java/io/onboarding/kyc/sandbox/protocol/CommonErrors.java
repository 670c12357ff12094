package io.onboarding.kyc.sandbox.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tencent Cloud API 3.0's common error codes, which any action may answer, with a general message in each
 * language. The sandbox uses them as the Chinese text of errors that carry only an English detail, and as the
 * message of an injected common error.
 */
public final class CommonErrors {

    /** A message in both languages. */
    public record Text(String english, String chinese) {

        public String in(Language language) {
            return language == Language.ZH_CN ? chinese : english;
        }
    }

    private static final Map<String, Text> TEXTS = build();

    private CommonErrors() {}

    private static Map<String, Text> build() {
        Map<String, Text> texts = new LinkedHashMap<>();
        texts.put(
                ErrorCodes.SIGNATURE_FAILURE,
                new Text(
                        "The provided credentials could not be validated. Please check your signature is correct.",
                        "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。"));
        texts.put(
                ErrorCodes.SIGNATURE_EXPIRE,
                new Text(
                        "Signature expired. Timestamp and server time cannot differ by more than 5 minutes.",
                        "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。"));
        texts.put(
                ErrorCodes.SECRET_ID_NOT_FOUND,
                new Text(
                        "The SecretId is not found, please ensure that your SecretId is correct.",
                        "密钥不存在。请检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。"));
        texts.put(
                "AuthFailure.InvalidSecretId",
                new Text("Invalid key (not a TencentCloud API key type).", "密钥非法（不是云 API 密钥类型）。"));
        texts.put(ErrorCodes.TOKEN_FAILURE, new Text("Token verification failed.", "token 错误。"));
        texts.put(
                ErrorCodes.INVALID_AUTHORIZATION,
                new Text(
                        "The Authorization header is not in the TencentCloud standard format.",
                        "请求头部的 Authorization 不符合腾讯云标准。"));
        texts.put(
                "AuthFailure.UnauthorizedOperation",
                new Text("The request is not authorized. Check the CAM policies of this key.", "请求未授权。请检查 CAM 授权。"));
        texts.put(ErrorCodes.INVALID_ACTION, new Text("The requested action does not exist.", "接口不存在。"));
        texts.put(ErrorCodes.NO_SUCH_VERSION, new Text("The requested API version does not exist.", "接口版本不存在。"));
        texts.put(
                ErrorCodes.UNSUPPORTED_REGION,
                new Text("The action does not support the requested region.", "接口不支持所传地域。"));
        texts.put(ErrorCodes.MISSING_PARAMETER, new Text("A required parameter is missing.", "缺少参数错误。"));
        texts.put(
                ErrorCodes.INVALID_PARAMETER,
                new Text("A parameter is invalid (format, type or similar).", "参数错误（包括参数格式、类型等错误）。"));
        texts.put(ErrorCodes.INVALID_PARAMETER_VALUE, new Text("A parameter value is invalid.", "参数取值错误。"));
        texts.put(
                ErrorCodes.UNKNOWN_PARAMETER,
                new Text(
                        "The request contains a parameter that is not defined for this action.",
                        "未知参数错误，用户多传未定义的参数会导致错误。"));
        texts.put(
                ErrorCodes.REQUEST_LIMIT_EXCEEDED,
                new Text("The request frequency exceeds the limit.", "请求的次数超过了频率限制。"));
        texts.put(
                "RequestLimitExceeded.IPLimitExceeded",
                new Text("The request frequency from this IP address exceeds the limit.", "IP 限频。"));
        texts.put(
                "RequestLimitExceeded.UinLimitExceeded",
                new Text("The request frequency of this account exceeds the limit.", "主账号限频。"));
        texts.put(
                ErrorCodes.REQUEST_SIZE_LIMIT_EXCEEDED, new Text("The request exceeds the size limit.", "请求包超过限制大小。"));
        texts.put(ErrorCodes.INTERNAL_ERROR, new Text("An internal error occurred.", "内部错误。"));
        texts.put("ServiceUnavailable", new Text("The service is temporarily unavailable.", "当前服务暂时不可用。"));
        texts.put("ResourceUnavailable", new Text("The resource is unavailable.", "资源不可用。"));
        texts.put("UnauthorizedOperation", new Text("The operation is not authorized.", "未授权操作。"));
        texts.put(ErrorCodes.UNSUPPORTED_OPERATION, new Text("The operation is not supported.", "操作不支持。"));
        texts.put(
                ErrorCodes.UNSUPPORTED_PROTOCOL,
                new Text(
                        "Unsupported HTTP method: only GET and POST are supported.",
                        "HTTP(S) 请求协议错误，只支持 GET 和 POST 请求。"));
        return Map.copyOf(texts);
    }

    public static Set<String> codes() {
        return TEXTS.keySet();
    }

    public static boolean isCommon(String code) {
        return TEXTS.containsKey(code);
    }

    public static Optional<Text> text(String code) {
        return Optional.ofNullable(TEXTS.get(code));
    }
}
