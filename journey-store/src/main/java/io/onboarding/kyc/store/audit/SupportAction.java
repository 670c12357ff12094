package io.onboarding.kyc.store.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One thing a person did to a journey through the API, kept for good.
 *
 * @param actor  the API key's name
 * @param detail a reviewer's reason, a document's side, a delivery id; never personal data
 */
@MappedEntity("support_action")
public record SupportAction(
        @Id @GeneratedValue @Nullable Long id,
        String journeyId,
        Instant at,
        String actor,
        String action,
        @Nullable String detail) {

    /** What was done. */
    public enum Kind {
        REVIEW_CLAIMED,
        REVIEW_RELEASED,
        REVIEW_APPROVED,
        REVIEW_REJECTED,
        CANCELLED,
        CALLBACK_RESENT,
        DOCUMENT_READ
    }

    public Kind kind() {
        return Kind.valueOf(action);
    }
}
