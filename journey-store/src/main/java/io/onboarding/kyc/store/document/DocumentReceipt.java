package io.onboarding.kyc.store.document;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** That an image was stored for a journey, and when: a document row without its (sealed) content. */
@Introspected
public record DocumentReceipt(
        String id, String journeyId, String side, String mediaType, int sizeBytes, Instant createdAt) {}
