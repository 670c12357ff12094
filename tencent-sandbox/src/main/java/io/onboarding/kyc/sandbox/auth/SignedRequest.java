package io.onboarding.kyc.sandbox.auth;

import java.util.Set;

/**
 * The parts of a received request that TC3 authentication looks at, as they arrived on the wire.
 *
 * @param query          the raw query string, empty for the POSTs every eKYC action uses
 * @param host           the {@code Host} header
 * @param timestamp      the {@code X-TC-Timestamp} header, unparsed
 * @param productServices the scope services of the requested action's product ({@code ocr}, {@code faceid}); for an
 *                        unknown action, those of every product served, since the real host would name one of them
 */
public record SignedRequest(String method, String query, String authorization, String contentType, String host,
                            String timestamp, byte[] body, Set<String> productServices) {

    public SignedRequest {
        productServices = Set.copyOf(productServices);
    }
}
