package io.onboarding.kyc.store.identity;

import io.micronaut.core.annotation.Nullable;

/**
 * A person's name and ID number in clear, as one source gave them. Personal data: it is sealed before it is
 * stored, and {@link #toString} never shows it, so a log line or an exception message cannot leak it.
 *
 * @param name     {@code null} when the source gave none
 * @param idNumber {@code null} when the source gave none
 */
public record Identity(@Nullable String name, @Nullable String idNumber) {

    /** Blank values are no values: OCR answers an empty string for a field it could not read. */
    public Identity {
        name = name == null || name.isBlank() ? null : name;
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber;
    }

    /** Whether there is nothing to keep. */
    public boolean isEmpty() {
        return name == null && idNumber == null;
    }

    @Override
    public String toString() {
        return "Identity[redacted]";
    }
}
