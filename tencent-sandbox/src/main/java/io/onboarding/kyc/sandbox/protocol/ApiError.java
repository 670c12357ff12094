package io.onboarding.kyc.sandbox.protocol;

import java.util.Objects;

/**
 * A Tencent API error: answered with HTTP 200 as {@code {"Response":{"Error":{"Code","Message"},"RequestId"}}}.
 * Thrown from anywhere in request handling; it carries no stack trace because it is an answer, not a fault.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ApiError(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }

    public static ApiError missingParameter(String name) {
        return new ApiError(ErrorCodes.MISSING_PARAMETER, "The request is missing a required parameter `" + name + "`.");
    }

    public static ApiError invalidParameter(String message) {
        return new ApiError(ErrorCodes.INVALID_PARAMETER, message);
    }
}
