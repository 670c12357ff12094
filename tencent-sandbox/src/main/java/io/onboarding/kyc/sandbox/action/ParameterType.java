package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON types Tencent's API declarations use for request parameters. */
public enum ParameterType {
    STRING("String"),
    BOOLEAN("Boolean"),
    OBJECT("Object");

    private final String apiName;

    ParameterType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    boolean accepts(JsonNode value) {
        return switch (this) {
            case STRING -> value.isTextual();
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
        };
    }
}
