package io.onboarding.kyc.devstack;

/** Something stops the devstack from starting; the message is the one line a newcomer needs. */
public class DevstackException extends RuntimeException {

    public DevstackException(String message) {
        super(message);
    }

    public DevstackException(String message, Throwable cause) {
        super(message, cause);
    }
}
