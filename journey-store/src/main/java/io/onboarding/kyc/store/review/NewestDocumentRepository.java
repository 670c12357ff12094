package io.onboarding.kyc.store.review;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.onboarding.kyc.store.document.StoredDocument;
import java.util.Optional;

/** Which stored image a reviewer sees for a side: a retake adds newer rows, and the newest is the one in play. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NewestDocumentRepository extends GenericRepository<StoredDocument, String> {

    @Query("""
            SELECT id FROM document
             WHERE journey_id = :journeyId AND side = :side
             ORDER BY created_at DESC, id DESC
             LIMIT 1""")
    Optional<String> newestId(String journeyId, String side);
}
