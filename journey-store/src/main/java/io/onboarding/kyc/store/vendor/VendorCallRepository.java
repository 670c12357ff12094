package io.onboarding.kyc.store.vendor;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VendorCallRepository extends CrudRepository<VendorCall, Long> {

    Optional<VendorCall> findFirstByJourneyIdAndActionAndSubjectAndBillableOrderByIdAsc(
            String journeyId, String action, String subject, boolean billable);

    List<VendorCall> findByJourneyIdOrderByIdAsc(String journeyId);

    /** The journey's calls in the order they were recorded, without their sealed answers (the timeline's read). */
    List<AuditedVendorCall> listByJourneyIdOrderById(String journeyId);
}
