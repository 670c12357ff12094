package io.onboarding.kyc.store.callback;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * The event a callback carries, as the JSON every attempt sends. It holds codes and ids only: the product knows
 * who the customer is from its own {@code customerRef}, and fetches more with its key if it needs to.
 *
 * @param id a stable id: every delivery of the same event, re-sends included, carries it, so a receiver can
 *           drop an event it has handled
 */
public record CallbackEvent(
        String id,
        CallbackEventType type,
        String journeyId,
        String status,
        @Nullable String outcome,
        List<String> reasons,
        Instant occurredAt) {

    public CallbackEvent {
        reasons = List.copyOf(reasons);
    }

    static String idOf(String journeyId, int sequence) {
        return "evt_" + journeyId + "_" + sequence;
    }

    /** Compact JSON, fields in a fixed order. Hand-written: this module has no JSON library, and the shape is fixed. */
    public String toJson() {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "id", id).append(',');
        field(json, "type", type.wireName()).append(',');
        field(json, "journeyId", journeyId).append(',');
        field(json, "status", status).append(',');
        field(json, "outcome", outcome).append(',');
        json.append("\"reasons\":[");
        for (int i = 0; i < reasons.size(); i++) {
            string(json.append(i == 0 ? "" : ","), reasons.get(i));
        }
        json.append("],");
        field(json, "occurredAt", occurredAt.toString());
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, @Nullable String value) {
        json.append('"').append(name).append("\":");
        return value == null ? json.append("null") : string(json, value);
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        value.chars().forEach(c -> {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", c));
                    } else {
                        json.append((char) c);
                    }
                }
            }
        });
        return json.append('"');
    }
}
