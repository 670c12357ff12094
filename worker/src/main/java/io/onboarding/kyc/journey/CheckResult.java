package io.onboarding.kyc.journey;

/** A check's verdict: passed, or failed with the machine-readable reason the journey is rejected for. */
public record CheckResult(boolean passed, String reason) {

    private static final CheckResult PASSED = new CheckResult(true, null);

    public static CheckResult pass() {
        return PASSED;
    }

    public static CheckResult fail(String reason) {
        return new CheckResult(false, reason);
    }
}
