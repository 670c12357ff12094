package io.onboarding.kyc.store.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IdentityRepository extends GenericRepository<SealedIdentity, IdentityKey> {

    List<SealedIdentity> findByKeyJourneyId(String journeyId);

    /**
     * Writes a source's row, or replaces it: an activity retried after it wrote, or a retake read anew, leaves
     * one row holding the latest values.
     */
    @Query("""
            INSERT INTO journey_identity (journey_id, source, key_id, sealed_name, sealed_id_number, updated_at)
            VALUES (:journeyId, :source, :keyId, :sealedName, :sealedIdNumber, :updatedAt)
            ON CONFLICT (journey_id, source) DO UPDATE
               SET key_id = EXCLUDED.key_id, sealed_name = EXCLUDED.sealed_name,
                   sealed_id_number = EXCLUDED.sealed_id_number, updated_at = EXCLUDED.updated_at""")
    int upsert(
            String journeyId,
            String source,
            String keyId,
            @Nullable byte[] sealedName,
            @Nullable byte[] sealedIdNumber,
            Instant updatedAt);
}
