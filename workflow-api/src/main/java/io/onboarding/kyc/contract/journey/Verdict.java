package io.onboarding.kyc.contract.journey;

/** What a finding means for the journey. */
public enum Verdict {
    /** Nothing against the document: go on. */
    PASS,
    /** The photo cannot be trusted or read: ask the customer for a new one. */
    RETAKE,
    /** A person must look at it. */
    REVIEW,
    /** The document fails: the journey is rejected. */
    REJECT
}
