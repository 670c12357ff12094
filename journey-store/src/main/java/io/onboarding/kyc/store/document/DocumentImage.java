package io.onboarding.kyc.store.document;

/** A document's image, decrypted, for a vendor call. */
// Raw image bytes by design: handed straight to the vendor client; nobody compares or hashes these records.
@SuppressWarnings("ArrayRecordComponent")
public record DocumentImage(String id, String journeyId, String side, String mediaType, byte[] content) {}
