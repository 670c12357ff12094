package io.onboarding.kyc.journey;

/** What one check concluded: a verdict, and for anything but PASS the machine-readable reason. */
record Finding(Verdict verdict, String reason) {

    private static final Finding PASSED = new Finding(Verdict.PASS, null);

    static Finding pass() {
        return PASSED;
    }

    static Finding retake(String reason) {
        return new Finding(Verdict.RETAKE, reason);
    }

    static Finding review(String reason) {
        return new Finding(Verdict.REVIEW, reason);
    }

    static Finding reject(String reason) {
        return new Finding(Verdict.REJECT, reason);
    }

    boolean passed() {
        return verdict == Verdict.PASS;
    }

    /** Of two findings, the one that decides: reject, then retake (a better photo may clear the rest), then review. */
    Finding or(Finding other) {
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
