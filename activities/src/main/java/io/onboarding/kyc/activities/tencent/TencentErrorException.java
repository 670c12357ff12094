package io.onboarding.kyc.activities.tencent;

/** Tencent answered with its error envelope: {@code {"Response":{"Error":{"Code","Message"},"RequestId"}}}. */
public class TencentErrorException extends RuntimeException {

    private final String action;
    private final String code;
    private final String requestId;

    public TencentErrorException(String action, String code, String message, String requestId) {
        super(action + " failed with " + code + ": " + message + " (RequestId " + requestId + ")");
        this.action = action;
        this.code = code;
        this.requestId = requestId;
    }

    public String action() {
        return action;
    }

    public String code() {
        return code;
    }

    public String requestId() {
        return requestId;
    }
}
