package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.IdNumberRules;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import io.onboarding.kyc.tencent.signing.Tc3Signer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request's parameters, already checked against the action's declaration, and a note of whom the call
 * turned out to be about (for the ledger's identity tag; never logged).
 */
public final class ActionCall {

    private final ObjectNode parameters;
    private String subject;

    private ActionCall(ObjectNode parameters) {
        this.parameters = parameters;
    }

    /**
     * Parses a request body against the parameters {@code spec} declares.
     *
     * @throws ApiError {@code InvalidParameter} for a body that is not a JSON object or a parameter of the wrong
     *                  type, {@code UnknownParameter} for a parameter the action does not declare
     */
    public static ActionCall parse(ActionSpec spec, byte[] body) {
        JsonNode root;
        try {
            root = Envelope.JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw ApiError.invalidParameter("The request body is not a JSON object.");
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            ParameterType type = spec.parameters().get(field.getKey());
            if (type == null) {
                throw ApiError.unknownParameter(field.getKey());
            }
            if (!field.getValue().isNull() && !type.accepts(field.getValue())) {
                throw ApiError.wrongType(field.getKey(), type.apiName());
            }
        }
        return new ActionCall((ObjectNode) root);
    }

    /** Present and not JSON null. */
    public boolean has(String name) {
        JsonNode value = parameters.get(name);
        return value != null && !value.isNull();
    }

    public Optional<String> string(String name) {
        return has(name) ? Optional.of(parameters.get(name).asText()) : Optional.empty();
    }

    /** A Boolean parameter; absent means false, as Tencent's defaults are. */
    public boolean flag(String name) {
        return has(name) && parameters.get(name).asBoolean();
    }

    public Optional<JsonNode> node(String name) {
        return has(name) ? Optional.of(parameters.get(name)) : Optional.empty();
    }

    /** The call concerns this ID number: the strongest way to group a journey's calls. */
    public void concernsIdNumber(String idNumber) {
        if (idNumber != null && !idNumber.isBlank()) {
            subject = "id:" + IdNumberRules.normalise(idNumber);
        }
    }

    /** The call concerns this non-mainland document: the issuer and number group a verification's calls. */
    public void concernsDocument(String country, String number) {
        if (number != null && !number.isBlank()) {
            subject = "document:" + country + ":" + number.trim().toUpperCase(Locale.ROOT);
        }
    }

    /** The call concerns this image; used only until an ID number is known. */
    public void concernsImage(byte[] image) {
        if (subject == null) {
            subject = "image:" + Tc3Signer.sha256Hex(image);
        }
    }

    /** The raw subject for the ledger to tag; callers must not log it. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }
}
