package io.onboarding.kyc.activities.tencent;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.store.vendor.VendorCall;
import io.onboarding.kyc.store.vendor.VendorCallStore;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way activities call Tencent: every call is audited, and a billable answer already bought for
 * the same journey, action and subject is reused instead of bought again. That matters when an
 * activity succeeded at Tencent but failed afterwards (a worker crash, a lost completion) and Temporal
 * runs it again.
 */
@Singleton
public class VendorCalls {

    private static final Logger LOG = LoggerFactory.getLogger(VendorCalls.class);
    static final String TRANSPORT_FAILURE = "TRANSPORT";

    private final TencentClient tencent;
    private final VendorCallStore audit;
    private final VendorRetryNotices retries;
    private final TencentPacer pacer;
    private final Clock clock;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    VendorCalls(TencentClient tencent, VendorCallStore audit, VendorRetryNotices retries, TencentPacer pacer) {
        this.tencent = tencent;
        this.audit = audit;
        this.retries = retries;
        this.pacer = pacer;
        this.clock = Clock.systemUTC();
    }

    /**
     * Calls the action, or hands back the answer already paid for.
     *
     * @throws TencentErrorException Tencent's error answer
     * @throws io.temporal.failure.ApplicationFailure a retried failure without Tencent's answer: no connection, no
     *     slot in the pace
     */
    public <Q, R extends TencentAnswer> TencentReply<R> call(
            CallSubject subject, TencentAction<Q, R> action, Q request) {
        Optional<TencentReply<R>> paid = paidFor(subject, action);
        if (paid.isPresent()) {
            LOG.info(
                    "tencent action={} requestId={} reused: already paid for in this journey",
                    action.name(),
                    paid.get().requestId());
            retries.answered(subject);
            return paid.get();
        }
        try {
            pacer.awaitSlot(action);
        } catch (PaceExceededException e) {
            LOG.warn(
                    "tencent action={} attempt={} not sent: the pace has no free slot within {} s, retried later",
                    action.name(),
                    ActivityAttempt.current(),
                    e.horizon().toSeconds());
            retries.retrying(subject, action, "PACED");
            throw TencentFailures.toActivityFailure(e);
        }
        long started = System.nanoTime();
        try {
            TencentReply<R> reply = tencent.call(action, request);
            R answer = reply.body();
            audit.record(
                    entry(subject, action, reply.requestId(), answer.resultCode(), answer.billable(), reply.latency()),
                    answer.billable() ? serialise(new PaidAnswer<>(reply.requestId(), answer)) : null);
            retries.answered(subject);
            return reply;
        } catch (TencentErrorException e) {
            audit.record(entry(subject, action, e.requestId(), e.code(), false, since(started)), null);
            switch (TencentErrorCatalogue.categorise(e.code())) {
                case TRANSIENT, THROTTLED -> {
                    // one line, no stack trace: the answer is expected now and then and retried (TencentFailures)
                    LOG.warn(
                            "tencent action={} attempt={} requestId={} error={}, retried",
                            action.name(),
                            ActivityAttempt.current(),
                            e.requestId(),
                            e.code());
                    retries.retrying(subject, action, e.code());
                }
                default -> retries.answered(subject);
            }
            throw e;
        } catch (TencentTransportException e) {
            audit.record(entry(subject, action, null, TRANSPORT_FAILURE, false, since(started)), null);
            LOG.warn(
                    "tencent action={} attempt={} no answer, retried: {}",
                    action.name(),
                    ActivityAttempt.current(),
                    e.getMessage());
            retries.retrying(subject, action, TRANSPORT_FAILURE);
            throw TencentFailures.toActivityFailure(e);
        }
    }

    private <Q, R extends TencentAnswer> Optional<TencentReply<R>> paidFor(
            CallSubject subject, TencentAction<Q, R> action) {
        return audit.paidAnswer(subject.journeyId(), action.name(), subject.subject())
                .map(bytes -> {
                    try {
                        PaidAnswer<?> stored = json.readValue(bytes, PaidAnswer.class);
                        R answer = json.convertValue(stored.answer(), action.responseType());
                        return new TencentReply<>(answer, stored.requestId(), Duration.ZERO);
                    } catch (IOException e) {
                        throw new UncheckedIOException("a stored " + action.name() + " answer no longer reads", e);
                    }
                });
    }

    private VendorCall entry(
            CallSubject subject,
            TencentAction<?, ?> action,
            String requestId,
            String resultCode,
            boolean billable,
            Duration latency) {
        return new VendorCall(
                null,
                subject.journeyId(),
                subject.step(),
                subject.subject(),
                ActivityAttempt.current(),
                action.name(),
                requestId,
                resultCode,
                billable,
                (int) Math.min(Integer.MAX_VALUE, latency.toMillis()),
                clock.instant(),
                null,
                null);
    }

    private byte[] serialise(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** What is kept of a billable answer: enough to hand the same reply back. */
    record PaidAnswer<R>(String requestId, R answer) {}
}
