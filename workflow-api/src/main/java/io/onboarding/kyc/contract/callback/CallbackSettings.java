package io.onboarding.kyc.contract.callback;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * Callbacks ({@code kyc.callbacks.*}): where they may go and how long they are retried. Read by the web API
 * (which checks a journey's {@code callbackUrl} and re-sends) and by the worker (which delivers).
 *
 * @param allowedHosts          hosts a callback URL may name; empty allows any. {@code *.example.com} allows the
 *                              subdomains of example.com
 * @param allowLoopbackHttp     plain http to 127.0.0.1, ::1 or localhost (devstack); https is required otherwise
 * @param allowPrivateAddresses deliver to loopback, private, link-local and other internal addresses; off in
 *                              production, so a callback URL cannot reach into the engine's own network
 * @param firstRetry            the wait after a first failed attempt; the waits double from there
 * @param longestWait           the longest wait between attempts
 * @param giveUpAfter           how long a delivery is retried; at least 24 hours
 */
@ConfigurationProperties("kyc.callbacks")
public record CallbackSettings(
        @Bindable(defaultValue = "") List<String> allowedHosts,
        @Bindable(defaultValue = "false") boolean allowLoopbackHttp,
        @Bindable(defaultValue = "false") boolean allowPrivateAddresses,
        @Bindable(defaultValue = "10s") Duration firstRetry,
        @Bindable(defaultValue = "1h") Duration longestWait,
        @Bindable(defaultValue = "72h") Duration giveUpAfter) {

    public static final Duration SHORTEST_GIVE_UP = Duration.ofHours(24);

    public CallbackSettings {
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream().filter(h -> !h.isBlank()).toList();
        if (firstRetry.isNegative() || firstRetry.isZero() || longestWait.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException(
                    "kyc.callbacks.first-retry must be positive and kyc.callbacks.longest-wait at least as long");
        }
        if (giveUpAfter.compareTo(SHORTEST_GIVE_UP) < 0) {
            throw new IllegalArgumentException("kyc.callbacks.give-up-after must be at least 24h: receivers are"
                    + " down for hours at a time, and a journey's outcome must still reach them");
        }
    }

    /** The schedule a new delivery runs on. */
    public CallbackDeliveryRequest request(String deliveryId) {
        return new CallbackDeliveryRequest(deliveryId, firstRetry, longestWait, giveUpAfter);
    }
}
