package io.onboarding.kyc.activities.tencent;

/**
 * The call did not produce a Tencent answer: connection refused or reset, timeout, a non-200 status or
 * a body that is not the API's JSON. Whether Tencent acted on it is unknown.
 */
public class TencentTransportException extends RuntimeException {

    public TencentTransportException(String message, Throwable cause) {
        super(message, cause);
    }

    public TencentTransportException(String message) {
        super(message);
    }
}
