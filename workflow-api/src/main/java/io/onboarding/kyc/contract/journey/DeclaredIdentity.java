package io.onboarding.kyc.contract.journey;

/**
 * What the customer typed into the product's form, when the product sends it: compared with what OCR
 * reads off the card. Personal data: it travels only in encrypted payloads.
 *
 * @param name     {@code null} when not declared
 * @param idNumber {@code null} when not declared
 */
public record DeclaredIdentity(String name, String idNumber) {

    @Override
    public String toString() {
        return "DeclaredIdentity[redacted]";
    }
}
