package io.onboarding.kyc.contract.journey;

import java.util.List;

/**
 * How a journey ended.
 *
 * @param reasons machine-readable reasons for a rejection, e.g. {@code ID_NAME_MISMATCH}
 */
public record JourneyOutcome(Outcome outcome, List<String> reasons) {

    public JourneyOutcome {
        reasons = List.copyOf(reasons);
    }

    public static JourneyOutcome approved() {
        return new JourneyOutcome(Outcome.APPROVED, List.of());
    }

    public static JourneyOutcome rejected(String... reasons) {
        return new JourneyOutcome(Outcome.REJECTED, List.of(reasons));
    }
}
