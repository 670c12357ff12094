package io.onboarding.kyc.store.apikey;

/** What a key may do. A key holds one or more; {@code PII_READ} only widens what the others may read. */
public enum ApiRole {
    /** Start journeys, send retakes, read the journeys it started. */
    PRODUCT,
    /** Read every journey, decide reviews, cancel. */
    SUPPORT,
    /** Decode Temporal payloads through the codec endpoint. */
    ENGINEER,
    /** Create, list and revoke keys. */
    ADMIN,
    /** See names and ID numbers unmasked wherever the key may read them. */
    PII_READ
}
