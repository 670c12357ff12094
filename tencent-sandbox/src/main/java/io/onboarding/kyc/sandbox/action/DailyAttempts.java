package io.onboarding.kyc.sandbox.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts verification attempts per ID number per day, where a day is a calendar day in Beijing: the authority's
 * daily limit clears at midnight China Standard Time, whatever the caller's time zone.
 */
final class DailyAttempts {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private record Key(LocalDate day, String idNumber) {}

    private final Clock clock;
    private final int limit;
    private final Map<Key, Integer> counts = new ConcurrentHashMap<>();

    DailyAttempts(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * Records one attempt for this number today.
     *
     * @return false, recording nothing, when the number has used up today's attempts
     */
    boolean tryAcquire(String idNumber) {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        counts.keySet().removeIf(key -> key.day().isBefore(today)); // yesterday's counts are spent
        boolean[] acquired = {false};
        counts.compute(new Key(today, idNumber), (key, used) -> {
            int sofar = used == null ? 0 : used;
            if (sofar >= limit) {
                return sofar;
            }
            acquired[0] = true;
            return sofar + 1;
        });
        return acquired[0];
    }
}
