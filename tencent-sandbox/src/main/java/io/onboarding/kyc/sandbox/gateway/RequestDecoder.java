package io.onboarding.kyc.sandbox.gateway;

import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.ErrorCodes;
import io.onboarding.kyc.sandbox.protocol.Language;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the two signing schemes apart and finds the common parameters: a request with an {@code Authorization}
 * header is API 3.0 (TC3); one without it that carries form fields (POST) or query parameters (GET) is v1.
 * Anything else is treated as TC3, where the missing header is refused as {@code AuthFailure.InvalidAuthorization}.
 */
final class RequestDecoder {

    /** The v1 common parameters; everything else in a v1 request belongs to the action. */
    static final Set<String> V1_COMMON = Set.of(
            "Action",
            "Version",
            "Region",
            "Timestamp",
            "Nonce",
            "SecretId",
            "Signature",
            "SignatureMethod",
            "Token",
            "Language",
            "RequestClient");

    private static final String FORM = "application/x-www-form-urlencoded";

    private RequestDecoder() {}

    /** @throws ApiError {@code UnsupportedProtocol} for a method other than GET and POST */
    static ApiRequest decode(ReceivedRequest request) {
        String method = request.method();
        boolean get = method.equals("GET");
        if (!get && !method.equals("POST")) {
            throw new ApiError(
                    ErrorCodes.UNSUPPORTED_PROTOCOL, "Only GET and POST requests are supported.", "只支持 GET 和 POST 请求。");
        }
        boolean signedInHeader = request.header("Authorization") != null;
        boolean formPost = !get && contentType(request).startsWith(FORM);
        boolean queryGet = get && !request.rawQuery().isEmpty();
        if (!signedInHeader && (formPost || queryGet)) {
            return v1(request, get);
        }
        Parameters parameters =
                get ? Parameters.flat(FlatParameters.decode(request.rawQuery())) : Parameters.json(request.body());
        return new ApiRequest(
                SigningScheme.TC3,
                request.header("X-TC-Action"),
                request.header("X-TC-Version"),
                request.header("X-TC-Region"),
                Language.fromTag(request.header("X-TC-Language")),
                request.header("X-TC-Token"),
                parameters,
                null);
    }

    private static ApiRequest v1(ReceivedRequest request, boolean get) {
        Map<String, String> fields =
                FlatParameters.decode(get ? request.rawQuery() : new String(request.body(), StandardCharsets.UTF_8));
        Map<String, String> own = new LinkedHashMap<>(fields);
        own.keySet().removeAll(V1_COMMON);
        String language = fields.getOrDefault("Language", request.header("X-TC-Language"));
        return new ApiRequest(
                SigningScheme.V1,
                fields.get("Action"),
                fields.get("Version"),
                fields.get("Region"),
                Language.fromTag(language),
                fields.get("Token"),
                Parameters.flat(own),
                fields);
    }

    private static String contentType(ReceivedRequest request) {
        String value = request.header("Content-Type");
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
