package io.onboarding.kyc.worker.policy;

import io.onboarding.kyc.contract.journey.Verdict;

/** What one check concluded: a verdict, and for anything but PASS the machine-readable reason. */
public record Finding(Verdict verdict, String reason) {

    private static final Finding PASSED = new Finding(Verdict.PASS, null);

    public static Finding pass() {
        return PASSED;
    }

    public static Finding retake(String reason) {
        return new Finding(Verdict.RETAKE, reason);
    }

    public static Finding review(String reason) {
        return new Finding(Verdict.REVIEW, reason);
    }

    public static Finding reject(String reason) {
        return new Finding(Verdict.REJECT, reason);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    /** Of two findings, the one that decides: reject, then retake (a better photo may clear the rest), then review. */
    public Finding or(Finding other) {
        return rank(other.verdict) > rank(verdict) ? other : this;
    }

    private static int rank(Verdict verdict) {
        return switch (verdict) {
            case PASS -> 0;
            case REVIEW -> 1;
            case RETAKE -> 2;
            case REJECT -> 3;
        };
    }
}
