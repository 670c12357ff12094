package io.onboarding.kyc.store.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TimelineRepository extends GenericRepository<TimelineEntry, TimelineKey> {

    List<TimelineEntry> findByKeyJourneyIdOrderByKeySequence(String journeyId);

    /** Returns 0 when the entry was recorded before: activity retries must not duplicate the timeline. */
    @Query("""
            INSERT INTO journey_event (journey_id, sequence, at, status, outcome, step, step_status,
                                       vendor_request_id, detail, reasons)
            VALUES (:journeyId, :sequence, :at, :status, :outcome, :step, :stepStatus,
                    :vendorRequestId, :detail, :reasons)
            ON CONFLICT (journey_id, sequence) DO NOTHING""")
    int insertIfAbsent(
            String journeyId,
            int sequence,
            Instant at,
            String status,
            @Nullable String outcome,
            @Nullable String step,
            @Nullable String stepStatus,
            @Nullable String vendorRequestId,
            @Nullable String detail,
            String reasons);
}
