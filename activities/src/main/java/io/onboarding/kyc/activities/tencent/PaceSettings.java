package io.onboarding.kyc.activities.tencent;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Map;

/**
 * How the engine paces its Tencent calls across every worker ({@code tencent.pace.*}, ADR 0025).
 *
 * @param enabled  off only where there is no shared database to pace with, or no quota to keep (a load test of the
 *                 engine against an unlimited sandbox)
 * @param share    the share of each quota used: slots 1/(share × quota) apart. Below 1 so that the calls' own
 *                 jitter (a thread waking late, a slow connection) cannot put one call more into a second than
 *                 Tencent admits: at 0.95 of 20/s a call would have to arrive a whole slot (53 ms) out of step
 * @param horizon  how far ahead a call may reserve its slot; a call that would wait longer fails as throttled and
 *                 is retried by Temporal, so no activity waits near its start-to-close timeout
 * @param quotas   per-second quotas by action name, for an account whose quotas differ from the documented ones
 *                 (20/s for OCR actions, 100/s for Face ID actions)
 */
@ConfigurationProperties("tencent.pace")
public record PaceSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "0.95") double share,
        @Bindable(defaultValue = "5s") Duration horizon,
        @Nullable Map<String, Integer> quotas) {

    static final int OCR_QUOTA = 20;
    static final int FACEID_QUOTA = 100;

    public PaceSettings {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("tencent.pace.share must be above 0 and at most 1, not " + share);
        }
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
    }

    /** The action's quota per second: configured, else Tencent's documented default for its product. */
    int quota(TencentAction<?, ?> action) {
        Integer configured = quotas.get(action.name());
        if (configured != null) {
            return configured;
        }
        return action.product() == TencentProduct.OCR ? OCR_QUOTA : FACEID_QUOTA;
    }

    /**
     * How late after its slot a call may still go out. Quota + 1 slots span 1/share seconds, so a call may be up to
     * 1/share − 1 seconds late (53 ms at 0.95) before it shares a second with the quota's worth of calls after it;
     * half of that is left for what happens after the pacer (the HTTP client, the network).
     */
    Duration lateness() {
        return Duration.ofNanos(Math.round((1 / share - 1) * 1e9 / 2));
    }

    /** How far apart the action's calls go out. */
    Duration spacing(TencentAction<?, ?> action) {
        return Duration.ofNanos(Math.round(1e9 / (share * quota(action))));
    }
}
