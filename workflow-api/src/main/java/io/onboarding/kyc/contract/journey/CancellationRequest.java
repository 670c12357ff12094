package io.onboarding.kyc.contract.journey;

/** The product flow or the customer abandoned the journey. */
public record CancellationRequest(String reason) {}
