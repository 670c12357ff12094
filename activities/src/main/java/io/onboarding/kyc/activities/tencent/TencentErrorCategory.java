package io.onboarding.kyc.activities.tencent;

/** What a Tencent error code means for the engine: whether to ask again, when, and who must act. */
public enum TencentErrorCategory {
    /** The service or a system behind it failed; the same request may succeed later. Retry with backoff. */
    TRANSIENT,
    /** A quota was hit. Retry after a pause rather than at once. */
    THROTTLED,
    /** The service answered about the person or document: a result, not a failure. Never retry. */
    BUSINESS_RESULT,
    /** The request or its image cannot succeed as sent. Never retry; tell the caller why. */
    CALLER_ERROR,
    /** Credentials, billing, activation or endpoint settings are wrong. Never retry; alert an operator. */
    CONFIGURATION_ERROR
}
