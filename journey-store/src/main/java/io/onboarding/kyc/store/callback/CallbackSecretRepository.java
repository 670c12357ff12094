package io.onboarding.kyc.store.callback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CallbackSecretRepository extends CrudRepository<CallbackSecret, String> {

    @Query("""
            INSERT INTO api_key_callback_secret (key_id, ring_key, sealed, created_at)
            VALUES (:keyId, :ringKey, :sealed, :createdAt)
            ON CONFLICT (key_id) DO UPDATE SET ring_key = :ringKey, sealed = :sealed, created_at = :createdAt""")
    void upsert(String keyId, String ringKey, byte[] sealed, Instant createdAt);
}
