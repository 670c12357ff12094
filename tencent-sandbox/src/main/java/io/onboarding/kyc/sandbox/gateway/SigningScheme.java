package io.onboarding.kyc.sandbox.gateway;

/** How a request proves who sent it. */
public enum SigningScheme {
    /** API 3.0: {@code Authorization: TC3-HMAC-SHA256 …}, common parameters in {@code X-TC-*} headers. */
    TC3,
    /** The older scheme: common parameters and {@code Signature} among the form fields or query parameters. */
    V1
}
