package io.onboarding.kyc.sandbox.card;

/** Encodings the card generator writes. */
public enum ImageEncoding {
    PNG,
    JPEG
}
