package io.onboarding.kyc.store.callback;

import java.util.Optional;

/** The journey changes a product is called back about: each a status the journey moves into. */
public enum CallbackEventType {
    WAITING_RETAKE("journey.waiting_retake"),
    WAITING_REVIEW("journey.waiting_review"),
    COMPLETED("journey.completed"),
    FAILED("journey.failed");

    private final String wireName;

    CallbackEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code type} of the event's JSON. */
    public String wireName() {
        return wireName;
    }

    /** The event a journey moving into this status causes; empty for statuses nobody is told about (RUNNING). */
    public static Optional<CallbackEventType> forStatus(String status) {
        for (CallbackEventType type : values()) {
            if (type.name().equals(status)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
