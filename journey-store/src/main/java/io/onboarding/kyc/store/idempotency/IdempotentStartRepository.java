package io.onboarding.kyc.store.idempotency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IdempotentStartRepository extends CrudRepository<IdempotentStart, IdempotentStartKey> {

    /**
     * Claims the key for a journey; 0 when another request holds it. A concurrent claim waits here until
     * the holder's transaction ends, so it then sees the holder's row, never a half-made journey.
     */
    @Query("INSERT INTO idempotent_start (owner_key_id, idempotency_key, fingerprint, journey_id, created_at) "
            + "VALUES (:ownerKeyId, :idempotencyKey, :fingerprint, :journeyId, :createdAt) ON CONFLICT DO NOTHING")
    int claim(String ownerKeyId, String idempotencyKey, String fingerprint, String journeyId, Instant createdAt);

    @Query("DELETE FROM idempotent_start WHERE created_at < :before")
    int deleteCreatedBefore(Instant before);
}
