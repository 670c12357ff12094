package io.onboarding.kyc.sandbox;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may use the admin endpoints. They show who was checked when and can break the service at will, so on a
 * loopback address they are open (only this machine can reach them), elsewhere they need
 * {@code Authorization: Bearer <adminToken>}, and without a configured token they do not exist there at all.
 */
record AdminAccess(boolean loopback, String token) {

    enum Decision {
        ALLOW,
        UNAUTHORIZED,
        NOT_FOUND
    }

    private static final String BEARER = "Bearer ";

    static AdminAccess forBinding(InetAddress bound, String adminToken) {
        return new AdminAccess(
                bound.isLoopbackAddress(), adminToken == null || adminToken.isBlank() ? null : adminToken);
    }

    /** Not found rather than unauthorized where admin is disabled: nothing to discover there. */
    Decision decide(String authorization) {
        if (loopback) {
            return Decision.ALLOW;
        }
        if (token == null) {
            return Decision.NOT_FOUND;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Decision.UNAUTHORIZED;
        }
        byte[] presented = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented)
                ? Decision.ALLOW
                : Decision.UNAUTHORIZED;
    }

    /** Whether the admin endpoints are reachable at all, and how, for the start-up banner. */
    String describe() {
        if (loopback) {
            return "open (loopback)";
        }
        return token == null ? "disabled (non-loopback address, no adminToken configured)" : "Bearer token required";
    }
}
