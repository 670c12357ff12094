package io.onboarding.kyc.web.journey;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.onboarding.kyc.store.idempotency.IdempotencyStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets idempotency keys once they are older than {@code kyc.idempotency.retention} (48 hours unless
 * set; at least 24 hours, the promise in the API's documentation).
 */
@Singleton
class IdempotencyRetention {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyRetention.class);
    private static final Duration PROMISED = Duration.ofHours(24);

    private final IdempotencyStore keys;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();

    IdempotencyRetention(IdempotencyStore keys, @Value("${kyc.idempotency.retention:48h}") Duration retention) {
        if (retention.compareTo(PROMISED) < 0) {
            throw new IllegalArgumentException(
                    "kyc.idempotency.retention must be at least 24h: clients are promised a day to retry");
        }
        this.keys = keys;
        this.retention = retention;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "1h")
    void forgetOldKeys() {
        int forgotten = keys.forgetBefore(clock.instant().minus(retention));
        if (forgotten > 0) {
            LOG.info("Forgot {} idempotency key(s) older than {}", forgotten, retention);
        }
    }
}
