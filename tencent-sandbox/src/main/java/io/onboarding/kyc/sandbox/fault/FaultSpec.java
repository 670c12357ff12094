package io.onboarding.kyc.sandbox.fault;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One fault as a tester writes it, in the configuration file or to {@code POST /_sandbox/faults}.
 *
 * @param action    the action it applies to, or {@code *} for every action
 * @param code      {@code error}: a documented or common error code; {@code result}: a documented {@code Result}
 *                  value; {@code http5xx}: the status, 500–599 (503 when absent)
 * @param rate      the share of matching calls it applies to, 0..1 (1 when absent)
 * @param latencyMs {@code latency}: the delay; {@code hang}: how long to hold (120 s when absent, at most 600 s)
 * @param count     how many calls it applies to before it is spent (no limit when absent): {@code count: 1} with
 *                  {@code rate: 1} is the deterministic "fail the next call"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultSpec(String action, FaultKind kind, String code, Double rate, Long latencyMs, Integer count) {

    public static final String EVERY_ACTION = "*";
    public static final long DEFAULT_HANG_MS = 120_000;
    public static final long MAX_HOLD_MS = 600_000;
    public static final int DEFAULT_HTTP_STATUS = 503;

    /**
     * Checks what can be checked without knowing the actions served.
     *
     * @throws IllegalArgumentException with a message fit for the tester
     */
    public FaultSpec {
        action = action == null || action.isBlank() ? EVERY_ACTION : action.trim();
        Objects.requireNonNull(kind, "kind is required: latency, error, http5xx, reset, hang or result");
        code = code == null || code.isBlank() ? null : code.trim();
        if (rate != null && (rate.isNaN() || rate < 0 || rate > 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be at least 1 (leave it out for no limit)");
        }
        if (latencyMs != null && (latencyMs < 0 || latencyMs > MAX_HOLD_MS)) {
            throw new IllegalArgumentException("latencyMs must be between 0 and " + MAX_HOLD_MS);
        }
        switch (kind) {
            case LATENCY -> {
                if (latencyMs == null || latencyMs == 0) {
                    throw new IllegalArgumentException("a latency fault needs latencyMs > 0");
                }
            }
            case ERROR ->
                requireCode(code, "an error fault needs the error code to answer, e.g. FailedOperation.OcrFailed");
            case RESULT -> {
                requireCode(code, "a result fault needs the Result value to answer, e.g. -4");
                if (action.equals(EVERY_ACTION)) {
                    throw new IllegalArgumentException("a result fault names one action: Result values are per action");
                }
            }
            case HTTP5XX -> {
                if (code != null) {
                    int status = parseStatus(code);
                    if (status < 500 || status > 599) {
                        throw new IllegalArgumentException("an http5xx fault's code is an HTTP status from 500 to 599");
                    }
                }
            }
            case RESET, HANG -> {
                // nothing more to say
            }
            default -> throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    public double effectiveRate() {
        return rate == null ? 1.0 : rate;
    }

    public int httpStatus() {
        return code == null ? DEFAULT_HTTP_STATUS : parseStatus(code);
    }

    public long holdMs() {
        return latencyMs == null ? DEFAULT_HANG_MS : latencyMs;
    }

    public boolean appliesTo(String actionName) {
        return action.equals(EVERY_ACTION) || action.equals(actionName);
    }

    private static void requireCode(String code, String message) {
        if (code == null) {
            throw new IllegalArgumentException(message);
        }
    }

    private static int parseStatus(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an http5xx fault's code is an HTTP status from 500 to 599");
        }
    }
}
