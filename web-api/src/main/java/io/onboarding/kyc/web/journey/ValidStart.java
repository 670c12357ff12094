package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.contract.journey.DeclaredIdentity;

/** A start request that passed every rule, its images decoded. */
public record ValidStart(
        String customerRef,
        StartJourneyValidator.ValidDocument document,
        DeclaredIdentity declared,
        @Nullable String callbackUrl) {}
