package io.onboarding.kyc.store.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Insert and read only: the table takes no update (a trigger refuses one), and this repository offers none. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SupportActionRepository extends GenericRepository<SupportAction, Long> {

    SupportAction save(SupportAction action);

    List<SupportAction> findByJourneyIdOrderById(String journeyId);
}
