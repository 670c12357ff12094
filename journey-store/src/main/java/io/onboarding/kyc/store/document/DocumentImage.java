package io.onboarding.kyc.store.document;

/** A document's image, decrypted, for a vendor call. */
public record DocumentImage(String id, String journeyId, String side, String mediaType, byte[] content) {
}
