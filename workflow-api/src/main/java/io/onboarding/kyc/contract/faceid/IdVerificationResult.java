package io.onboarding.kyc.contract.faceid;

/** The final answers of {@code IdCardOCRVerification}; transient ones are retried inside the activity. */
public enum IdVerificationResult {
    MATCH,
    MISMATCH,
    INVALID_ID_NUMBER,
    INVALID_NAME,
    NO_RECORD,
    DAILY_LIMIT_REACHED
}
