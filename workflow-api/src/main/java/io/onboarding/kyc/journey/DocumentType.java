package io.onboarding.kyc.journey;

public enum DocumentType {
    ID_CARD
}
