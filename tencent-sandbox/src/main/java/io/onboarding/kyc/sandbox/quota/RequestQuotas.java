package io.onboarding.kyc.sandbox.quota;

import io.onboarding.kyc.sandbox.action.ActionSpec;
import io.onboarding.kyc.sandbox.protocol.ApiError;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Tencent's per-action request frequency limits: each action admits so many requests per second (a sliding
 * one-second window) for the whole account, and answers {@code RequestLimitExceeded} beyond that. Defaults are the
 * documented ones: 20/s for OCR actions, 100/s for Face ID actions (whose card-verification pair states none).
 */
public final class RequestQuotas {

    public static final int OCR_PER_SECOND = 20;
    public static final int FACEID_PER_SECOND = 100;
    /** A configured limit of 0 switches the limit off, e.g. for a load test of the engine itself. */
    public static final int UNLIMITED = 0;
    /** The key of a limit for every action that has none of its own. */
    public static final String EVERY_ACTION = "*";

    private final Map<String, Integer> overrides = new ConcurrentHashMap<>();
    private final Map<String, SlidingWindow> windows = new ConcurrentHashMap<>();
    private final Map<String, Integer> configured;
    private final LongSupplier nanoTime;

    /** @param configured per-action limits from the configuration file; others keep their defaults */
    public RequestQuotas(Map<String, Integer> configured, LongSupplier nanoTime) {
        configured.forEach(RequestQuotas::checkLimit);
        this.configured = Map.copyOf(configured);
        this.overrides.putAll(configured);
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    public RequestQuotas(Map<String, Integer> configured) {
        this(configured, System::nanoTime);
    }

    /**
     * Counts one request to the action.
     *
     * @throws ApiError {@code RequestLimitExceeded} when the action's window is full
     */
    public void admit(ActionSpec spec) {
        int limit = limit(spec);
        if (limit == UNLIMITED) {
            return;
        }
        SlidingWindow window = windows.computeIfAbsent(spec.name(), name -> new SlidingWindow());
        if (!window.tryAdmit(nanoTime.getAsLong(), limit)) {
            throw ApiError.requestLimitExceeded(spec.name(), limit);
        }
    }

    /** The action's own limit, else the one set for every action, else the documented default. */
    public int limit(ActionSpec spec) {
        Integer override = overrides.get(spec.name());
        if (override == null) {
            override = overrides.get(EVERY_ACTION);
        }
        return override != null ? override : defaultLimit(spec);
    }

    /** Changes one action's limit ({@code *}: every action's) at run time; the current window's count is kept. */
    public void set(String action, int perSecond) {
        checkLimit(action, perSecond);
        overrides.put(action, perSecond);
    }

    /** Back to the configuration file's limits and the documented defaults. */
    public void reset() {
        overrides.clear();
        overrides.putAll(configured);
    }

    /** The limits in force for these actions, by name. */
    public Map<String, Integer> limits(Iterable<ActionSpec> actions) {
        Map<String, Integer> limits = new TreeMap<>();
        for (ActionSpec spec : actions) {
            limits.put(spec.name(), limit(spec));
        }
        return limits;
    }

    static int defaultLimit(ActionSpec spec) {
        return spec.product().service().equals("ocr") ? OCR_PER_SECOND : FACEID_PER_SECOND;
    }

    private static void checkLimit(String action, Integer perSecond) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("a quota needs an action name");
        }
        if (perSecond == null || perSecond < 0) {
            throw new IllegalArgumentException(
                    "the quota of " + action + " must be 0 (no limit) or a positive number per second");
        }
    }
}
