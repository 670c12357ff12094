package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Config} request parameter of IDCardOCR and CheckIdCardInformation: a JSON object of booleans sent as
 * a string, e.g. {@code "{\"CopyWarn\":true}"}. Unknown keys are ignored, as Tencent ignores them; a value that is
 * not a boolean makes the whole string invalid.
 */
record OcrConfig(Set<String> enabled) {

    static final OcrConfig NONE = new OcrConfig(Set.of());

    OcrConfig {
        enabled = Set.copyOf(enabled);
    }

    /** @param invalidCode what the action answers for a string that is not such an object */
    static OcrConfig parse(ActionCall call, String invalidCode) {
        String text = call.string("Config").orElse("");
        if (text.isBlank()) {
            return NONE;
        }
        JsonNode node;
        try {
            node = Envelope.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new ApiError(invalidCode, "Config is not a valid JSON object string.");
        }
        Set<String> enabled = new HashSet<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isBoolean()) {
                throw new ApiError(invalidCode, "Config." + entry.getKey() + " must be true or false.");
            }
            if (entry.getValue().booleanValue()) {
                enabled.add(entry.getKey());
            }
        }
        return new OcrConfig(enabled);
    }

    boolean on(String flag) {
        return enabled.contains(flag);
    }

    boolean anyOf(Set<String> flags) {
        return flags.stream().anyMatch(enabled::contains);
    }
}
