package io.onboarding.kyc.web.journey;

import io.onboarding.kyc.journey.DeclaredIdentity;
import io.onboarding.kyc.journey.DocumentType;

/** A start request that passed every rule, its images decoded. */
public record ValidStart(String customerRef, String country, DocumentType type, SubmittedImage front, SubmittedImage back,
                         DeclaredIdentity declared) {
}
