package io.onboarding.kyc.contract.cardverification;

/**
 * A started verification and how Tencent asks to be polled for it.
 *
 * @param token              the CardVerificationToken; a handle to personal data, kept out of logs
 * @param maxPolls           AsyncCardVerificationMaxPollingTimes
 * @param pollIntervalSeconds AsyncCardVerificationPollingWaitTime
 */
public record CardVerificationStarted(String requestId, String token, int maxPolls, int pollIntervalSeconds) {

    @Override
    public String toString() {
        return "CardVerificationStarted[requestId=" + requestId + ", maxPolls=" + maxPolls + ", pollIntervalSeconds="
                + pollIntervalSeconds + "]";
    }
}
