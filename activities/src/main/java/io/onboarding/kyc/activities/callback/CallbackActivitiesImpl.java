package io.onboarding.kyc.activities.callback;

import io.onboarding.kyc.contract.callback.CallbackActivities;
import io.onboarding.kyc.contract.callback.CallbackSettings;
import io.onboarding.kyc.contract.callback.CallbackUrlRules;
import io.onboarding.kyc.store.callback.CallbackAttempt;
import io.onboarding.kyc.store.callback.CallbackAttemptKey;
import io.onboarding.kyc.store.callback.CallbackDelivery;
import io.onboarding.kyc.store.callback.CallbackStore;
import io.onboarding.kyc.store.callback.DeliveryState;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one attempt at a callback: checks the destination, signs the body, POSTs it with a 5-second limit and
 * notes the attempt. A 2xx delivers; a 4xx other than 408 and 429 refuses for good; anything else is retried by
 * Temporal on the delivery's schedule. Runs on its own task queue, so a slow receiver never holds a journey's slot.
 */
@Singleton
public class CallbackActivitiesImpl implements CallbackActivities {

    /** Per attempt, connecting and answering together: a receiver should queue the event and answer at once. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(CallbackActivitiesImpl.class);
    private static final int ERROR_LENGTH = 256;

    private final CallbackStore callbacks;
    private final CallbackUrlRules rules;
    private final Clock clock = Clock.systemUTC();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public CallbackActivitiesImpl(CallbackStore callbacks, CallbackSettings settings) {
        this.callbacks = callbacks;
        this.rules = new CallbackUrlRules(settings);
    }

    @Override
    public void attempt(String deliveryId) {
        CallbackStore.Outbound outbound = callbacks
                .outbound(deliveryId)
                .orElseThrow(
                        () -> ApplicationFailure.newNonRetryableFailure("no callback delivery " + deliveryId, REFUSED));
        CallbackDelivery delivery = outbound.delivery();
        if (delivery.deliveryState() != DeliveryState.PENDING) {
            return;
        }
        int attempt = Activity.getExecutionContext().getInfo().getAttempt();
        Instant started = clock.instant();
        if (outbound.secret() == null) {
            throw refuse(delivery, attempt, started, null, "the journey's API key has no callback secret to sign with");
        }
        String unusable = unusableDestination(delivery.url());
        if (unusable != null) {
            throw refuse(delivery, attempt, started, null, unusable);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "kyc-journeys-callbacks/1")
                .header("X-KYC-Event-Id", delivery.eventId())
                .header("X-KYC-Delivery-Id", delivery.id())
                .header("X-KYC-Delivery-Attempt", Integer.toString(attempt))
                .header(
                        CallbackSignature.HEADER,
                        CallbackSignature.header(outbound.secret(), started.getEpochSecond(), delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw notDelivered(delivery, attempt, started, null, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw notDelivered(delivery, attempt, started, null, "could not connect: " + describe(e));
        } catch (IOException e) {
            throw notDelivered(delivery, attempt, started, null, "connection failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notDelivered(delivery, attempt, started, null, "interrupted: the worker is stopping");
        }
        if (status >= 200 && status < 300) {
            note(delivery, attempt, started, status, null);
            callbacks.finish(delivery.id(), DeliveryState.DELIVERED);
            LOG.info("Callback {} delivered on attempt {} ({})", delivery.id(), attempt, status);
            return;
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw refuse(delivery, attempt, started, status, "the receiver refused the event with " + status);
        }
        throw notDelivered(delivery, attempt, started, status, "the receiver answered " + status);
    }

    @Override
    public void giveUp(String deliveryId) {
        if (callbacks.finish(deliveryId, DeliveryState.GAVE_UP)) {
            LOG.warn("Callback {} given up: no attempt got a 2xx within its schedule", deliveryId);
        }
    }

    /** Why the URL must not be called now, or null: the rules may have changed, and a name may resolve anywhere. */
    private String unusableDestination(String url) {
        var broken = rules.check(url);
        if (broken.isPresent()) {
            return broken.get().message();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(URI.create(url).getHost())) {
                if (!rules.mayConnectTo(address)) {
                    return "callbackUrl's host resolves to an internal network address";
                }
            }
        } catch (UnknownHostException e) {
            // a name that does not resolve now may resolve later: the attempt fails and is retried
            return null;
        }
        return null;
    }

    private ApplicationFailure refuse(
            CallbackDelivery delivery, int attempt, Instant started, Integer status, String error) {
        note(delivery, attempt, started, status, error);
        callbacks.finish(delivery.id(), DeliveryState.REFUSED);
        LOG.warn("Callback {} refused on attempt {}: {}", delivery.id(), attempt, error);
        return ApplicationFailure.newNonRetryableFailure(error, REFUSED);
    }

    private ApplicationFailure notDelivered(
            CallbackDelivery delivery, int attempt, Instant started, Integer status, String error) {
        note(delivery, attempt, started, status, error);
        LOG.info("Callback {} attempt {} failed: {}", delivery.id(), attempt, error);
        return ApplicationFailure.newFailure(error, NOT_DELIVERED);
    }

    private void note(CallbackDelivery delivery, int attempt, Instant started, Integer status, String error) {
        int latency = (int) Duration.between(started, clock.instant()).toMillis();
        callbacks.recordAttempt(new CallbackAttempt(
                new CallbackAttemptKey(delivery.id(), attempt),
                started,
                status,
                latency,
                error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH)));
    }

    /** The JDK's client gives a refused connection no message; its type says enough then. */
    private static String describe(IOException e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        return e instanceof ConnectException
                ? "connection refused or host unreachable"
                : e.getClass().getSimpleName();
    }
}
