package io.onboarding.kyc.activities.tencent;

/**
 * What a vendor call is about, for the audit and for never buying the same answer twice.
 *
 * @param step    the journey step making the call, e.g. {@code OCR_FRONT}
 * @param subject a document id, or a keyed fingerprint of the values asked about; never PII
 */
public record CallSubject(String journeyId, String step, String subject) {}
