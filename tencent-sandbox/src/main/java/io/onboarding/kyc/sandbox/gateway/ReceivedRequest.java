package io.onboarding.kyc.sandbox.gateway;

import com.sun.net.httpserver.Headers;
import java.util.Objects;

/**
 * An HTTP request as it arrived at the Tencent endpoint, before anything is made of it.
 *
 * @param rawQuery  the query string as sent, percent-encoding intact; empty when there is none
 * @param body      at most the gateway's size limit; see {@code oversized}
 * @param oversized the body was longer than the limit and was not read to its end
 */
// Raw bytes by design: carries the raw body bytes as received; never compared or used as a key.
@SuppressWarnings("ArrayRecordComponent")
public record ReceivedRequest(String method, String rawQuery, Headers headers, byte[] body, boolean oversized) {

    public ReceivedRequest {
        Objects.requireNonNull(method, "method");
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = headers == null ? new Headers() : headers;
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, case-insensitively; null when absent. */
    public String header(String name) {
        return headers.getFirst(name);
    }
}
