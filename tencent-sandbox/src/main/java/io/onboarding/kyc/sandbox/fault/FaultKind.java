package io.onboarding.kyc.sandbox.fault;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an injected fault does to a call. */
public enum FaultKind {
    /** Waits {@code latencyMs}, then answers as usual (or as another fault says). */
    LATENCY,
    /** Answers the error envelope with {@code code}, HTTP 200, as the service does for its own failures. */
    ERROR,
    /** Answers an HTTP 5xx status with a non-JSON body, as a load balancer in front of the service does. */
    HTTP5XX,
    /** Closes the connection without any HTTP response. */
    RESET,
    /** Holds the request without answering, past any sane client timeout. */
    HANG,
    /** Answers the action's own documented {@code Result} value {@code code}, e.g. IdCardOCRVerification's -4. */
    RESULT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static FaultKind fromWireName(String name) {
        for (FaultKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of "
                + Arrays.stream(values()).map(FaultKind::wireName).collect(Collectors.joining(", ")));
    }

    /** Whether the call still goes on to be answered after this fault has acted. */
    public boolean passesThrough() {
        return this == LATENCY;
    }
}
