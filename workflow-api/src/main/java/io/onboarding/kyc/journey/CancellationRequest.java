package io.onboarding.kyc.journey;

/** The product flow or the customer abandoned the journey. */
public record CancellationRequest(String reason) {
}
