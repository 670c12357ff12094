package io.onboarding.kyc.sandbox.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.onboarding.kyc.sandbox.action.ActionCall;
import io.onboarding.kyc.sandbox.action.ActionSpec;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.io.UncheckedIOException;
import java.util.Map;

/** An action's own parameters, as a JSON body (API 3.0 POST) or flat fields (v1, or API 3.0 GET). */
// Raw bytes by design: carries the raw JSON body bytes for the decoder; never compared or used as a key.
@SuppressWarnings("ArrayRecordComponent")
record Parameters(byte[] json, Map<String, String> flat) {

    static Parameters json(byte[] body) {
        return new Parameters(body, null);
    }

    static Parameters flat(Map<String, String> fields) {
        return new Parameters(null, Map.copyOf(fields));
    }

    /** Both forms go through the action's one parser, so they are refused for the same reasons. */
    ActionCall toCall(ActionSpec spec) {
        if (json != null) {
            return ActionCall.parse(spec, json);
        }
        try {
            return ActionCall.parse(
                    spec, Envelope.JSON.writeValueAsBytes(FlatParameters.toJson(flat, spec.parameters())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
