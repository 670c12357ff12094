package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.contract.journey.DeclaredIdentity;

/** A start request that passed every rule, its images decoded. */
public record ValidStart(String customerRef, StartJourneyValidator.ValidDocument document, DeclaredIdentity declared) {}
