package io.onboarding.kyc.sandbox.auth;

import java.util.Set;

/**
 * The parts of a received request that TC3 authentication looks at, as they arrived on the wire.
 *
 * @param query          the raw query string: empty for a POST, the parameters of a GET
 * @param host           the {@code Host} header
 * @param timestamp      the {@code X-TC-Timestamp} header, unparsed
 * @param productServices the scope services of the requested action's product ({@code ocr}, {@code faceid}); for an
 *                        unknown action, those of every product served, since the real host would name one of them
 * @param token          the {@code X-TC-Token} header, null when absent
 */
// Raw bytes by design: carries the exact body bytes the signature covers; never compared or used as a key.
@SuppressWarnings("ArrayRecordComponent")
public record SignedRequest(
        String method,
        String query,
        String authorization,
        String contentType,
        String host,
        String timestamp,
        byte[] body,
        Set<String> productServices,
        String token) {

    public SignedRequest {
        productServices = Set.copyOf(productServices);
    }
}
