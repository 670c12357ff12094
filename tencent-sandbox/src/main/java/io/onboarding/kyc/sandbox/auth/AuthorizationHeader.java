package io.onboarding.kyc.sandbox.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request, SignedHeaders=…, Signature=…}.
 */
record AuthorizationHeader(String secretId, String date, String service, String signedHeaders, String signature) {

    private static final String SCHEME = "TC3-HMAC-SHA256";
    private static final String TERMINATOR = "tc3_request";

    static Optional<AuthorizationHeader> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (!trimmed.startsWith(SCHEME + " ")) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        // Limit 0 on purpose: a trailing comma is tolerated (trailing empty parts are dropped), as before.
        for (String part : trimmed.substring(SCHEME.length() + 1).split(",", 0)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        String credential = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (credential == null || signedHeaders == null || signature == null || signature.isEmpty()) {
            return Optional.empty();
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 4
                || scope[0].isEmpty()
                || scope[1].isEmpty()
                || scope[2].isEmpty()
                || !scope[3].equals(TERMINATOR)) {
            return Optional.empty();
        }
        return Optional.of(new AuthorizationHeader(scope[0], scope[1], scope[2], signedHeaders, signature));
    }
}
