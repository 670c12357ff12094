package io.onboarding.kyc.sandbox.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.action.ParameterType;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatParametersTest {

    @Test
    void decodesFormEncodingIncludingPlusAndPercentEscapes() {
        Map<String, String> decoded =
                FlatParameters.decode("Name=%E6%9D%8E%E6%98%8E&ImageBase64=ab%2Bc%2F%3D&Note=a+b&Empty=&Flag");

        assertThat(decoded)
                .containsExactly(
                        Map.entry("Name", "李明"),
                        Map.entry("ImageBase64", "ab+c/="),
                        Map.entry("Note", "a b"),
                        Map.entry("Empty", ""),
                        Map.entry("Flag", ""));
    }

    @Test
    void refusesBrokenPercentEncoding() {
        assertThatThrownBy(() -> FlatParameters.decode("Name=%E6%9"))
                .isInstanceOfSatisfying(
                        ApiError.class, error -> assertThat(error.code()).isEqualTo("InvalidParameter"));
    }

    @Test
    void rebuildsArraysObjectsAndDeclaredScalarTypes() {
        Map<String, String> flat = new LinkedHashMap<>();
        flat.put("CropPortrait", "TRUE");
        flat.put("Limit", "10");
        flat.put("Name", "true");
        flat.put("Filters.1.Name", "b");
        flat.put("Filters.0.Name", "a");
        flat.put("Filters.0.Values.0", "x");
        flat.put("Encryption.Algorithm", "AES-256-CBC");

        ObjectNode json = FlatParameters.toJson(
                flat,
                Map.of(
                        "CropPortrait",
                        ParameterType.BOOLEAN,
                        "Name",
                        ParameterType.STRING,
                        "Encryption",
                        ParameterType.OBJECT));

        assertThat(json.get("CropPortrait").isBoolean()).isTrue();
        assertThat(json.get("Name").isTextual()).isTrue(); // a string that reads like a boolean stays a string
        assertThat(json.get("Limit").isTextual()).isTrue(); // undeclared: left for the action to refuse
        assertThat(json.at("/Filters/0/Name").asText()).isEqualTo("a");
        assertThat(json.at("/Filters/1/Name").asText()).isEqualTo("b");
        assertThat(json.at("/Filters/0/Values/0").asText()).isEqualTo("x");
        assertThat(json.at("/Encryption/Algorithm").asText()).isEqualTo("AES-256-CBC");
    }

    @Test
    void refusesGapsAndNamesUsedTwice() {
        assertThatThrownBy(() -> FlatParameters.toJson(Map.of("Ids.0", "a", "Ids.2", "b"), Map.of()))
                .isInstanceOf(ApiError.class);
        Map<String, String> both = new LinkedHashMap<>();
        both.put("Encryption", "x");
        both.put("Encryption.Algorithm", "y");
        assertThatThrownBy(() -> FlatParameters.toJson(both, Map.of())).isInstanceOf(ApiError.class);
    }
}
