package io.onboarding.kyc.web.journey;

/** A decoded, format-checked image from a request. */
public record SubmittedImage(String side, String mediaType, byte[] content) {
}
