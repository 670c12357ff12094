package io.onboarding.kyc.store.apikey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApiKeyRepository extends CrudRepository<ApiKey, String> {

    Optional<ApiKey> findBySecretHash(String secretHash);

    Optional<ApiKey> findByNameAndRevokedAtIsNull(String name);

    List<ApiKey> listOrderByCreatedAt();

    /** Moves last-used forward, at most once per {@code staleBefore}: a busy key costs one write a minute. */
    @Query(
            "UPDATE api_key SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :staleBefore)")
    int touch(String id, Instant at, Instant staleBefore);

    @Query("UPDATE api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    int revoke(String id, Instant at);
}
