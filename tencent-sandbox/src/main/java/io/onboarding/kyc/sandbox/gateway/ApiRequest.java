package io.onboarding.kyc.sandbox.gateway;

import io.onboarding.kyc.sandbox.protocol.Language;
import java.util.Map;

/**
 * A request to the Tencent endpoint with its common parameters found, whichever way they were sent.
 *
 * @param action       null when the request names none
 * @param v1Parameters every decoded field of a v1 request, {@code Signature} included, for its signature check;
 *                     null for TC3
 */
record ApiRequest(
        SigningScheme scheme,
        String action,
        String version,
        String region,
        Language language,
        String token,
        Parameters parameters,
        Map<String, String> v1Parameters) {}
