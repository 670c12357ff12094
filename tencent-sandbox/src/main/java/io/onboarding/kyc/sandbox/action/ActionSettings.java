package io.onboarding.kyc.sandbox.action;

/**
 * Knobs of the emulated service's behaviour that Tencent sets per account or leaves unstated: how many
 * verifications one identity gets per day, how a card-verification token is polled.
 *
 * @param dailyVerificationLimit {@code IdCardOCRVerification} answers {@code -7} past this many attempts
 *                               for one ID number in one Beijing day
 * @param pollingTimes           {@code AsyncCardVerificationMaxPollingTimes} returned by ApplyCardVerification
 * @param pollingWaitSeconds     {@code AsyncCardVerificationPollingWaitTime} returned by ApplyCardVerification
 * @param tokenTtlSeconds        how long a CardVerificationToken can be polled
 */
public record ActionSettings(int dailyVerificationLimit, int pollingTimes, int pollingWaitSeconds, long tokenTtlSeconds) {

    public static ActionSettings defaults() {
        return new ActionSettings(10, 5, 1, 3600);
    }
}
