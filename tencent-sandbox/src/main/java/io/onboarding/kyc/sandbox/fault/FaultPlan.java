package io.onboarding.kyc.sandbox.fault;

import java.util.Optional;

/**
 * What the faults in force do to one call: a delay (the sum of the latency faults that fired) and at most one
 * fault that decides the answer.
 */
public record FaultPlan(long latencyMs, Optional<ActiveFault> decisive) {

    public static final FaultPlan NONE = new FaultPlan(0, Optional.empty());
}
