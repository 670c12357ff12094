package io.onboarding.kyc.store.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one SELECT a search runs, built from the filters it has: fixed SQL text per filter, every value a bound
 * parameter. Each condition is one an index of V7__journey_search.sql (or V10's, for waits) serves, and the order is
 * the index's order, so that a page is an index range read and stops after {@code limit + 1} rows.
 */
public final class SearchSql {

    private static final String COLUMNS =
            "id, customer_ref, status, outcome, step, reasons, country, path, created_at, updated_at, waiting_since,"
                    + " waiting_on, waiting_until, waiting_detail";
    /** The journeys that match, when a reason is read first ({@link #readsReasonFirst}). */
    private static final String MATCHING = "matching";

    private final String sql;
    private final List<Object> parameters;

    private SearchSql(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
    }

    /** The statement for one page: one row more than the page holds, to know whether another follows. */
    public static SearchSql of(JourneyQuery query) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        boolean reasonFirst = readsReasonFirst(query);
        condition(where, parameters, "outcome = ?", query.outcome());
        if (!reasonFirst) {
            condition(where, parameters, "reason_codes @> ARRAY[?::text]", query.reason());
        }
        condition(where, parameters, "country = ?", query.country());
        condition(where, parameters, "path = ?", query.path());
        condition(where, parameters, "customer_ref = ?", query.customerRef());
        condition(where, parameters, "waiting_on = ?", query.waitingOn());
        condition(where, parameters, "created_at >= ?", query.createdFrom());
        condition(where, parameters, "created_at < ?", query.createdTo());
        condition(where, parameters, "waiting_since <= ?", query.waitingSinceBefore());
        String order;
        if (query.sort() == SearchSort.WAITING) {
            where.add("waiting_since IS NOT NULL");
            if (query.after() != null) {
                where.add("(waiting_since, id) > (?, ?)");
                parameters.add(query.after().at());
                parameters.add(query.after().id());
            }
            order = " ORDER BY waiting_since, id LIMIT ?";
        } else {
            if (query.after() != null) {
                where.add("(created_at, id) < (?, ?)");
                parameters.add(query.after().at());
                parameters.add(query.after().id());
            }
            order = " ORDER BY created_at DESC, id DESC LIMIT ?";
        }
        int rows = query.limit() + 1;
        List<String> statuses = query.statuses().stream().sorted().toList();
        if (reasonFirst) {
            // every condition inside: only the reason's journeys that match all of them are collected, then sorted
            List<String> conditions = new ArrayList<>();
            List<Object> bound = new ArrayList<>();
            conditions.add("reason_codes @> ARRAY[?::text]");
            bound.add(query.reason());
            if (!statuses.isEmpty()) {
                conditions.add("status IN ("
                        + String.join(", ", statuses.stream().map(s -> "?").toList()) + ")");
                bound.addAll(statuses);
            }
            conditions.addAll(where);
            bound.addAll(parameters);
            bound.add(rows);
            return new SearchSql(
                    "WITH " + MATCHING + " AS MATERIALIZED (" + select(conditions) + ") SELECT " + COLUMNS + " FROM "
                            + MATCHING + order,
                    bound);
        }
        if (statuses.size() < 2) {
            List<Object> bound = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            if (statuses.size() == 1) {
                conditions.add("status = ?");
                bound.add(statuses.get(0));
            }
            conditions.addAll(where);
            bound.addAll(parameters);
            bound.add(rows);
            return new SearchSql(select(conditions) + order, bound);
        }
        // Several statuses: one ordered branch per status, each a range of the (status, created_at, id) index read
        // for at most a page, merged. "status = ANY (...)" would collect every match of every status and sort them.
        List<String> branches = new ArrayList<>();
        List<Object> bound = new ArrayList<>();
        for (String status : statuses) {
            List<String> conditions = new ArrayList<>();
            conditions.add("status = ?");
            conditions.addAll(where);
            branches.add("(" + select(conditions) + order + ")");
            bound.add(status);
            bound.addAll(parameters);
            bound.add(rows);
        }
        bound.add(rows);
        return new SearchSql(
                "SELECT " + COLUMNS + " FROM (" + String.join(" UNION ALL ", branches) + ") AS by_status" + order,
                bound);
    }

    /**
     * A reason together with a filter on another column of few values (status, outcome, country, path, wait) collects
     * every match in a materialized CTE first, then sorts those for the page. Left to itself, with the page's LIMIT in
     * view, the planner multiplies the two selectivities, expects matches to come soon in creation order and walks a
     * common value's index; but reasons and outcomes are correlated (a rejection reason never comes with an
     * approval), and for a pair that rarely or never occurs that walk passes every journey of the common value. In
     * the CTE there is no LIMIT to stop early for: it reads the smaller side, in practice the reason's journeys through
     * the GIN index, so a search costs at most the reason's share of the table whatever the pair. Alone, a reason is
     * estimated well (PostgreSQL keeps its share among the array's elements) and the planner chooses; with a customer
     * reference, that index finds the journey at once.
     */
    private static boolean readsReasonFirst(JourneyQuery query) {
        return query.reason() != null
                && query.customerRef() == null
                && (!query.statuses().isEmpty()
                        || query.outcome() != null
                        || query.country() != null
                        || query.path() != null
                        || query.waitingOn() != null);
    }

    private static String select(List<String> conditions) {
        return "SELECT " + COLUMNS + " FROM journey"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    }

    private static void condition(List<String> where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.add(sql);
            parameters.add(value);
        }
    }

    public String sql() {
        return sql;
    }

    /** Prepares {@code prefix} and the statement (an EXPLAIN, say) with every parameter bound. */
    public PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(prefix + sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof Instant instant) {
                    statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
