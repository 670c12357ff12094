package io.onboarding.kyc.contract.faceid;

/**
 * The authority's answer to a name and ID number.
 *
 * @param resultCode Tencent's raw {@code Result} ({@code 0}, {@code -1}, …), kept for the audit trail
 * @param billable   whether Tencent charges for this answer ({@code 0} and {@code -1} only)
 */
public record IdVerification(String requestId, IdVerificationResult result, String resultCode, boolean billable) {}
