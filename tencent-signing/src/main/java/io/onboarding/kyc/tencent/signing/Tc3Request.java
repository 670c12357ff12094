package io.onboarding.kyc.tencent.signing;

import java.util.Objects;

/**
 * The parts of an HTTP request that TC3-HMAC-SHA256 covers.
 *
 * @param method      HTTP method, {@code POST} for every eKYC action
 * @param query       the canonical query string, empty for POST
 * @param contentType the exact {@code Content-Type} header value sent
 * @param host        the {@code Host} header value as signed (clients differ on whether it carries the port)
 * @param body        the exact request body bytes
 * @param timestamp   Unix seconds, also sent as {@code X-TC-Timestamp}
 * @param service     the scope's service, e.g. {@code ocr} or {@code faceid}
 */
// Raw bytes by design: the body is the exact bytes to hash; the record is never compared or used as a key.
@SuppressWarnings("ArrayRecordComponent")
public record Tc3Request(
        String method, String query, String contentType, String host, byte[] body, long timestamp, String service) {

    public Tc3Request {
        Objects.requireNonNull(method, "method");
        query = query == null ? "" : query;
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(host, "host");
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(service, "service");
    }
}
