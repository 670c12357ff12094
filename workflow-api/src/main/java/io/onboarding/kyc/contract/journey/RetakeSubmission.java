package io.onboarding.kyc.contract.journey;

/** New photos of the same document, sent while the journey waits for a retake. */
public record RetakeSubmission(String frontDocumentId, String backDocumentId) {}
