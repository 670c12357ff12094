package io.onboarding.kyc.store.callback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CallbackDeliveryRepository extends CrudRepository<CallbackDelivery, String> {

    /** The first delivery of an event; 0 when the event has one already (a retried recording). */
    @Query("""
            INSERT INTO callback_delivery (id, event_id, journey_id, event_type, url, body, state, attempts, created_at)
            VALUES (:id, :eventId, :journeyId, :eventType, :url, :body, 'PENDING', 0, :createdAt)
            ON CONFLICT (event_id) WHERE resend_of IS NULL DO NOTHING""")
    int insertFirst(
            String id, String eventId, String journeyId, String eventType, String url, String body, Instant createdAt);

    List<CallbackDelivery> findByEventIdAndState(String eventId, String state);

    List<CallbackDelivery> findByJourneyIdOrderByCreatedAt(String journeyId);

    List<CallbackDelivery> findByJourneyIdAndState(String journeyId, String state);

    /** Ends a pending delivery; 0 when it has ended already. */
    @Query("UPDATE callback_delivery SET state = :state, finished_at = :at WHERE id = :id AND state = 'PENDING'")
    int finish(String id, String state, Instant at);

    @Query("UPDATE callback_delivery SET attempts = GREATEST(attempts, :attempt) WHERE id = :id")
    int countAttempt(String id, int attempt);
}
