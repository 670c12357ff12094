package io.onboarding.kyc.store.document;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/**
 * Reads which images a journey received, never their content: a timeline must not pull megabytes of sealed images
 * to say that they arrived. Read-only, beside {@link DocumentRepository}, which stores and loads the images.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DocumentReceiptRepository extends GenericRepository<StoredDocument, String> {

    List<DocumentReceipt> listByJourneyIdOrderByCreatedAt(String journeyId);
}
