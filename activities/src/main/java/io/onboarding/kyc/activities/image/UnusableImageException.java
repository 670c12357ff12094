package io.onboarding.kyc.activities.image;

/** The image cannot be made into one the action accepts; the message says why, for the caller. */
public class UnusableImageException extends RuntimeException {

    public UnusableImageException(String message) {
        super(message);
    }
}
