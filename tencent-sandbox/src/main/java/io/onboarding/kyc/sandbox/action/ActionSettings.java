package io.onboarding.kyc.sandbox.action;

/**
 * Knobs of the emulated service's behaviour that Tencent sets per account or leaves unstated: how many
 * verifications one identity gets per day, how a card-verification token is polled.
 *
 * @param dailyVerificationLimit {@code IdCardOCRVerification} answers {@code -7} past this many attempts
 *                               for one ID number in one Beijing day
 * @param pollingTimes           {@code AsyncCardVerificationMaxPollingTimes} returned by ApplyCardVerification
 * @param pollingWaitSeconds     {@code AsyncCardVerificationPollingWaitTime} returned by ApplyCardVerification
 * @param tokenTtlSeconds        how long a CardVerificationToken can be polled; 0 expires it at once
 */
public record ActionSettings(
        int dailyVerificationLimit, int pollingTimes, int pollingWaitSeconds, long tokenTtlSeconds) {

    public ActionSettings {
        if (dailyVerificationLimit < 0 || pollingTimes < 1 || pollingWaitSeconds < 0 || tokenTtlSeconds < 0) {
            throw new IllegalArgumentException(
                    "dailyVerificationLimit, pollingWaitSeconds and tokenTtlSeconds must not "
                            + "be negative, and pollingTimes must be at least 1");
        }
    }

    public static ActionSettings defaults() {
        return new ActionSettings(10, 5, 1, 3600);
    }
}
