package io.onboarding.kyc.devstack.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a drill reads from the engine's PostgreSQL: where each journey stands in the read model ({@code journey}),
 * and the vendor-call audit ({@code vendor_call}), which tells whether a billable answer was bought twice. Only
 * opaque ids, statuses and codes are read; never names, numbers or images.
 */
public final class JourneyDatabase {

    /** Where a journey has stopped working: decided, failed, or waiting for a person. */
    public static final List<String> STOPPED = List.of("COMPLETED", "FAILED", "WAITING_RETAKE", "WAITING_REVIEW");

    /** A journey's row in the read model. */
    public record JourneyState(String status, String outcome, Instant updatedAt) {
        public boolean stopped() {
            return STOPPED.contains(status);
        }
    }

    private final String url;
    private final String user;
    private final String password;

    public JourneyDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The read model's rows for these journeys; a journey without a row is absent from the map. */
    public Map<String, JourneyState> states(Collection<String> journeys) {
        Map<String, JourneyState> states = new HashMap<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id, status, outcome, updated_at FROM journey WHERE id = ANY(?)")) {
            query.setArray(1, connection.createArrayOf("varchar", journeys.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Timestamp updated = rows.getTimestamp(4);
                    states.put(
                            rows.getString(1),
                            new JourneyState(
                                    rows.getString(2),
                                    rows.getString(3),
                                    updated == null ? null : updated.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the journeys' states: " + e.getMessage(), e);
        }
        return states;
    }

    /**
     * (journey, action, subject) with more than one billable answer: a paid answer bought twice. The subject is a
     * document id or a keyed hash, never the name or number itself.
     */
    public List<String> billableBoughtTwice(Collection<String> journeys) {
        List<String> twice = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT journey_id, action, subject, count(*)"
                        + " FROM vendor_call WHERE billable AND journey_id = ANY(?)"
                        + " GROUP BY journey_id, action, subject HAVING count(*) > 1")) {
            query.setArray(1, connection.createArrayOf("varchar", journeys.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    twice.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " x"
                            + rows.getInt(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the vendor-call audit: " + e.getMessage(), e);
        }
        return twice;
    }

    /**
     * When the workers sent these journeys' calls of one action, sorted: each audit row's answer time less its
     * latency. What the engine controls, unlike the vendor's count, which a vendor short of CPU can bunch.
     */
    public List<Instant> sentTimes(Collection<String> journeys, String action) {
        List<Instant> times = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT called_at - latency_ms * interval '1 millisecond' AS sent FROM vendor_call"
                                + " WHERE journey_id = ANY(?) AND action = ? ORDER BY sent")) {
            query.setArray(1, connection.createArrayOf("varchar", journeys.toArray()));
            query.setString(2, action);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getTimestamp(1).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the vendor-call audit: " + e.getMessage(), e);
        }
        return times;
    }

    /** The vendor calls of these journeys, by result code, as the worker recorded the answers it got. */
    public Map<String, Integer> vendorResultCodes(Collection<String> journeys) {
        Map<String, Integer> codes = new HashMap<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT result_code, count(*) FROM vendor_call"
                        + " WHERE journey_id = ANY(?) GROUP BY result_code")) {
            query.setArray(1, connection.createArrayOf("varchar", journeys.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the vendor-call audit: " + e.getMessage(), e);
        }
        return codes;
    }

    /** Each journey's time from its row's creation to its last update: its wall time, once it has stopped. */
    public Map<String, java.time.Duration> wallTimes(Collection<String> journeys) {
        Map<String, java.time.Duration> walls = new HashMap<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id, created_at, updated_at FROM journey WHERE id = ANY(?)")) {
            query.setArray(1, connection.createArrayOf("varchar", journeys.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    walls.put(
                            rows.getString(1),
                            java.time.Duration.between(
                                    rows.getTimestamp(2).toInstant(),
                                    rows.getTimestamp(3).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the journeys' times: " + e.getMessage(), e);
        }
        return walls;
    }

    /** The Tencent actions each journey called, in the order it called them, from the vendor-call audit. */
    public Map<String, List<String>> vendorActions(Collection<String> journeys) {
        Map<String, List<String>> actions = new HashMap<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT journey_id, action FROM vendor_call"
                        + " WHERE journey_id = ANY(?) ORDER BY journey_id, called_at, id")) {
            query.setArray(1, connection.createArrayOf("varchar", journeys.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.computeIfAbsent(rows.getString(1), j -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the vendor-call audit: " + e.getMessage(), e);
        }
        return actions;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
