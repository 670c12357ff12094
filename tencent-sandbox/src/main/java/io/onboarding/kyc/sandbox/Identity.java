package io.onboarding.kyc.sandbox;

/**
 * A person as the sandbox's "authority" knows them: the record IdCardOCRVerification and
 * CheckIdCardInformation compare against. All shipped identities are synthetic.
 *
 * @param portraitSubject whose face the authority holds on file; a card photo of the same subject matches it
 */
public record Identity(String name, String idNumber, String portraitSubject) {}
