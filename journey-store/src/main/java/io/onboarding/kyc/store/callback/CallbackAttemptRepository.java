package io.onboarding.kyc.store.callback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CallbackAttemptRepository extends CrudRepository<CallbackAttempt, CallbackAttemptKey> {

    /** An attempt recorded twice (the activity's record outran a crash) keeps its first account. */
    @Query("""
            INSERT INTO callback_attempt (delivery_id, attempt, at, status_code, latency_ms, error)
            VALUES (:deliveryId, :attempt, :at, :statusCode, :latencyMs, :error) ON CONFLICT DO NOTHING""")
    int insertIfAbsent(
            String deliveryId,
            int attempt,
            Instant at,
            @Nullable Integer statusCode,
            int latencyMs,
            @Nullable String error);

    @Query("""
            SELECT a.* FROM callback_attempt a JOIN callback_delivery d ON d.id = a.delivery_id
             WHERE d.journey_id = :journeyId ORDER BY a.delivery_id, a.attempt""")
    List<CallbackAttempt> findByJourney(String journeyId);
}
