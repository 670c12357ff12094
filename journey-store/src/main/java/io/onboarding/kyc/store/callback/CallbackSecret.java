package io.onboarding.kyc.store.callback;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An API key's callback signing secret, sealed under the sealing ring's key {@code ringKey}. */
@MappedEntity("api_key_callback_secret")
// sealed bytes, read once and opened; the record is never compared
@SuppressWarnings("ArrayRecordComponent")
public record CallbackSecret(@Id String keyId, String ringKey, byte[] sealed, Instant createdAt) {}
