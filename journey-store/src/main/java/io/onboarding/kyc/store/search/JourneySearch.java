package io.onboarding.kyc.store.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.onboarding.kyc.store.journey.JourneyWait;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Searches the journey read model in PostgreSQL, a page at a time; never asks Temporal. */
@Singleton
public class JourneySearch {

    private final JdbcOperations jdbc;

    public JourneySearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SearchPage find(JourneyQuery query) {
        SearchSql statement = SearchSql.of(query);
        List<FoundJourney> found = jdbc.execute(connection -> {
            try (PreparedStatement prepared = statement.prepare(connection, "");
                    ResultSet rows = prepared.executeQuery()) {
                List<FoundJourney> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(row(rows));
                }
                return read;
            }
        });
        if (found.size() <= query.limit()) {
            return new SearchPage(found, null);
        }
        List<FoundJourney> page = List.copyOf(found.subList(0, query.limit()));
        FoundJourney last = page.get(page.size() - 1);
        Instant at = query.sort() == SearchSort.WAITING ? last.waiting().since() : last.createdAt();
        return new SearchPage(page, new SearchPosition(at, last.id()));
    }

    private static FoundJourney row(ResultSet rows) throws SQLException {
        String reasons = rows.getString("reasons");
        return new FoundJourney(
                rows.getString("id"),
                rows.getString("customer_ref"),
                rows.getString("status"),
                rows.getString("outcome"),
                rows.getString("step"),
                reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                rows.getString("country"),
                rows.getString("path"),
                instant(rows, "created_at"),
                instant(rows, "updated_at"),
                wait(rows));
    }

    private static @Nullable JourneyWait wait(ResultSet rows) throws SQLException {
        String on = rows.getString("waiting_on");
        return on == null
                ? null
                : new JourneyWait(
                        on,
                        instant(rows, "waiting_since"),
                        instant(rows, "waiting_until"),
                        rows.getString("waiting_detail"));
    }

    private static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
