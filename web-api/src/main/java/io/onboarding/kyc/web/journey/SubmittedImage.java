package io.onboarding.kyc.web.journey;

/** A decoded, format-checked image from a request. */
// Raw bytes by design: the decoded image goes straight to the document store; the record is never compared or used as a
// key.
@SuppressWarnings("ArrayRecordComponent")
public record SubmittedImage(String side, String mediaType, byte[] content) {}
