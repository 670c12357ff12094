package io.onboarding.kyc.store.pacing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/**
 * Hands out call slots spaced evenly per key, shared by every process that uses the database: a GCRA ("the next
 * free moment") kept in one row per key (V11). A caller takes the next slot, never earlier than now, and moves the
 * row on by the spacing; the row lock makes concurrent callers queue one behind the other, so no two get the same
 * slot, and only the database's clock is read.
 */
@Singleton
public class CallSlots {

    /*
     * One statement and one round trip: the first caller of a key inserts its row; the others move it on, unless
     * the next free slot lies beyond the horizon (then nothing is returned and nothing reserved, so a caller that
     * gives up does not push the queue further out). The wait is computed by the database too, from its clock.
     */
    private static final String RESERVE = "INSERT INTO vendor_pace AS p (pace_key, next_at)"
            + " VALUES (?, clock_timestamp() + ? * interval '1 microsecond')"
            + " ON CONFLICT (pace_key) DO UPDATE"
            + " SET next_at = GREATEST(p.next_at, clock_timestamp()) + ? * interval '1 microsecond'"
            + " WHERE p.next_at <= clock_timestamp() + ? * interval '1 microsecond'"
            + " RETURNING EXTRACT(EPOCH FROM (p.next_at - ? * interval '1 microsecond' - clock_timestamp()))"
            + " * 1000000";

    private final JdbcOperations jdbc;

    public CallSlots(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reserves the next slot for {@code key}.
     *
     * @param spacing how far apart the slots of this key are (1/rate)
     * @param horizon how far ahead a slot may lie; a later one is not reserved
     * <p>Outside a transaction on purpose: the statement commits as it runs, so the wait arrives in the same round
     * trip and no COMMIT delays the caller past its slot.
     *
     * @return the slot, or empty when every slot up to the horizon is taken
     */
    public Optional<Slot> reserve(String key, Duration spacing, Duration horizon) {
        long spacingMicros = micros(spacing);
        long horizonMicros = micros(horizon);
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RESERVE)) {
                statement.setString(1, key);
                statement.setLong(2, spacingMicros);
                statement.setLong(3, spacingMicros);
                statement.setLong(4, horizonMicros);
                statement.setLong(5, spacingMicros);
                long asked = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Slot>empty();
                    }
                    Duration wait = Duration.ofNanos(Math.round(row.getDouble(1) * 1000));
                    return Optional.of(new Slot(wait, Duration.ofNanos(System.nanoTime() - asked)));
                }
            }
        });
    }

    /**
     * A reserved slot.
     *
     * @param delay     how long from the answer until the slot (zero or negative: go now)
     * @param roundTrip how long the statement took: the database measured the wait at some moment within it
     */
    public record Slot(Duration delay, Duration roundTrip) {}

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }
}
