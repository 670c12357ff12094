package io.onboarding.kyc.sandbox.fault;

import io.onboarding.kyc.sandbox.action.Action;
import io.onboarding.kyc.sandbox.action.ActionCall;
import io.onboarding.kyc.sandbox.action.ActionRegistry;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import io.onboarding.kyc.sandbox.protocol.CommonErrors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * The faults in force, in the order they were added. For each call every matching {@code latency} fault adds its
 * delay, and the first matching fault of another kind that fires decides the answer; the ones after it are not
 * drawn, so a {@code count} is spent only by calls it actually changed.
 */
public final class FaultInjector {

    private final ActionRegistry actions;
    private final DoubleSupplier random;
    private final List<ActiveFault> faults = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** @param random uniform in [0, 1): a seeded source makes a rate below 1 repeatable */
    public FaultInjector(ActionRegistry actions, DoubleSupplier random) {
        this.actions = actions;
        this.random = random;
    }

    /**
     * Arms a fault described by {@code spec}.
     *
     * @throws IllegalArgumentException when the spec names an action not served, or a code the action cannot answer
     */
    public ActiveFault add(FaultSpec spec) {
        validate(spec);
        ActiveFault fault = new ActiveFault("f" + ids.incrementAndGet(), spec);
        faults.add(fault);
        return fault;
    }

    public List<ActiveFault> list() {
        return List.copyOf(faults);
    }

    public boolean remove(String id) {
        return faults.removeIf(fault -> fault.id().equals(id));
    }

    public void clear() {
        faults.clear();
    }

    public FaultPlan plan(String action) {
        if (faults.isEmpty()) {
            return FaultPlan.NONE;
        }
        long latency = 0;
        Optional<ActiveFault> decisive = Optional.empty();
        for (ActiveFault fault : faults) {
            FaultSpec spec = fault.spec();
            if (!spec.appliesTo(action)) {
                continue;
            }
            if (spec.kind().passesThrough()) {
                if (fault.tryFire(random)) {
                    latency += spec.latencyMs();
                }
            } else if (decisive.isEmpty() && fault.tryFire(random)) {
                decisive = Optional.of(fault);
            }
        }
        return new FaultPlan(latency, decisive);
    }

    /** The error an {@code error} fault answers with: the documented description, or the common code's texts. */
    public static ApiError error(String action, String code) {
        if (CommonErrors.isCommon(code) && !DocumentedErrors.isDocumented(action, code)) {
            return ApiError.common(code);
        }
        return new ApiError(code, DocumentedErrors.description(action, code).orElse(code));
    }

    private void validate(FaultSpec spec) {
        boolean everyAction = spec.action().equals(FaultSpec.EVERY_ACTION);
        Optional<Action> action = everyAction ? Optional.empty() : actions.find(spec.action());
        if (!everyAction && action.isEmpty()) {
            throw new IllegalArgumentException("the sandbox serves no action named " + spec.action());
        }
        switch (spec.kind()) {
            case ERROR -> {
                boolean allowed = CommonErrors.isCommon(spec.code())
                        || (!everyAction && DocumentedErrors.isDocumented(spec.action(), spec.code()));
                if (!allowed) {
                    throw new IllegalArgumentException(
                            spec.code() + " is neither a common error code nor one documented "
                                    + (everyAction ? "for every action" : "for " + spec.action()));
                }
            }
            case RESULT -> checkForcedResult(action.orElseThrow(), spec.code());
            default -> {
                // latency, http5xx, reset and hang apply to anything
            }
        }
    }

    /**
     * Asks the action whether {@code code} is one of its Result values, with an empty call. An action that needs
     * real parameters to build its answer may throw here: then the code is taken on trust, and a call the action
     * cannot force is answered normally.
     */
    private static void checkForcedResult(Action action, String code) {
        boolean known;
        try {
            ActionCall empty = ActionCall.parse(action.spec(), "{}".getBytes(StandardCharsets.UTF_8));
            known = action.forcedResult(code, empty).isPresent();
        } catch (RuntimeException e) {
            return;
        }
        if (!known) {
            throw new IllegalArgumentException(
                    code + " is not a Result value that " + action.spec().name() + " can be made to answer");
        }
    }
}
