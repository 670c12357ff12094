package io.onboarding.kyc.activities.tencent;

import io.micronaut.core.annotation.Nullable;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the read model that a journey waits on a vendor call its activity retries, and when that ends. The workflow
 * cannot say it: it sees the call only once the retries have given up. So the activity says it, after each failed
 * attempt that will be tried again, and after an answer. A notice that cannot be written is logged and dropped: it
 * is a hint for support, never a reason to fail the vendor call itself.
 */
@Singleton
class VendorRetryNotices {

    private static final Logger LOG = LoggerFactory.getLogger(VendorRetryNotices.class);

    private final JourneyStore journeys;
    private final Clock clock;

    VendorRetryNotices(JourneyStore journeys) {
        this.journeys = journeys;
        this.clock = Clock.systemUTC();
    }

    /** The call failed with {@code code} and is retried, until the activity's schedule-to-close timeout at most. */
    void retrying(CallSubject subject, TencentAction<?, ?> action, String code) {
        try {
            journeys.vendorRetrying(subject.journeyId(), action.name() + " " + code, givesUpAt(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn(
                    "journey={} action={}: could not note the retry: {}",
                    subject.journeyId(),
                    action.name(),
                    e.toString());
        }
    }

    /** The call was answered, or refused for good: no more retries. */
    void answered(CallSubject subject) {
        try {
            journeys.vendorAnswered(subject.journeyId());
        } catch (RuntimeException e) {
            LOG.warn("journey={}: could not clear the retry note: {}", subject.journeyId(), e.toString());
        }
    }

    /** When Temporal stops retrying: the first attempt's scheduling plus the schedule-to-close timeout. */
    private static @Nullable Instant givesUpAt() {
        ActivityInfo info;
        try {
            info = Activity.getExecutionContext().getInfo();
        } catch (IllegalStateException notInAnActivity) {
            return null;
        }
        if (info.getScheduleToCloseTimeout().isZero()) {
            return null;
        }
        return Instant.ofEpochMilli(info.getScheduledTimestamp()).plus(info.getScheduleToCloseTimeout());
    }
}
