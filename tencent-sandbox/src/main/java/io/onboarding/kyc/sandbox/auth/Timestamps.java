package io.onboarding.kyc.sandbox.auth;

import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;

/** The request timestamp, common to both signature schemes. */
final class Timestamps {

    private Timestamps() {}

    /**
     * @throws ApiError {@code MissingParameter} when absent, {@code InvalidParameterValue} when not Unix seconds
     */
    static long parse(String value, String parameter) {
        if (value == null || value.isBlank()) {
            throw ApiError.missingParameter(parameter);
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(
                    ErrorCodes.INVALID_PARAMETER_VALUE,
                    parameter + " must be Unix time in seconds.",
                    parameter + " 必须是以秒为单位的 Unix 时间戳。");
        }
    }
}
