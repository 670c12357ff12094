package io.onboarding.kyc.sandbox.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request signed with Tencent's older scheme ("signature v1"): every parameter, common ones included, travels
 * in the form body of a POST or the query of a GET, and {@code Signature} is computed over all the others.
 *
 * @param method     {@code GET} or {@code POST}
 * @param host       the {@code Host} header as received
 * @param parameters decoded names and values, {@code Signature} included
 */
public record V1SignedRequest(String method, String host, Map<String, String> parameters) {

    public V1SignedRequest {
        Objects.requireNonNull(method, "method");
        host = host == null ? "" : host;
        parameters = new LinkedHashMap<>(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
