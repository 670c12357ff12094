package io.onboarding.kyc.sandbox.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Wraps action output in Tencent's API 3.0 response shape. */
public final class Envelope {

    /** Shared and never reconfigured after start-up; strict about trailing junk after a JSON body. */
    public static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Envelope() {}

    /** {@code {"Response":{...fields, "RequestId"}}}; the fields are copied, not modified. */
    public static ObjectNode success(ObjectNode fields, String requestId) {
        ObjectNode response = fields.deepCopy();
        response.put("RequestId", requestId);
        return wrap(response);
    }

    /** In English. */
    public static ObjectNode error(ApiError error, String requestId) {
        return error(error, requestId, Language.EN_US);
    }

    public static ObjectNode error(ApiError error, String requestId, Language language) {
        ObjectNode response = JSON.createObjectNode();
        response.putObject("Error").put("Code", error.code()).put("Message", error.message(language));
        response.put("RequestId", requestId);
        return wrap(response);
    }

    private static ObjectNode wrap(ObjectNode response) {
        ObjectNode root = JSON.createObjectNode();
        root.set("Response", response);
        return root;
    }
}
