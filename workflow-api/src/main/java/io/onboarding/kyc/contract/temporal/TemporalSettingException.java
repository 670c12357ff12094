package io.onboarding.kyc.contract.temporal;

/**
 * A Temporal setting that cannot work: a file that is missing or does not parse, settings that contradict
 * each other, a frontend that does not answer at the target, a namespace it does not know. The message names
 * the setting (see {@link TemporalSetting}) and never holds a secret.
 */
public final class TemporalSettingException extends IllegalStateException {

    TemporalSettingException(String message) {
        super(message);
    }

    TemporalSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
