package io.onboarding.kyc.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Checks made before anything starts, so a problem is one clear line rather than a stack trace later. */
public final class Preflight {

    private Preflight() {}

    public static void portFree(int port, String what, String variable) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new DevstackException("Port " + port + " (" + what
                    + ") is taken on 127.0.0.1: stop what uses it, or set " + variable + " to another port.");
        }
    }

    /** Creates the database when the server has none of that name. */
    static void databaseReady(DevstackSettings settings) {
        databaseReady(
                settings.maintenanceUrl(),
                settings.databaseUser(),
                settings.databasePassword(),
                settings.databaseName());
    }

    /**
     * Creates {@code database} (a name its settings checked to be {@code [A-Za-z0-9_]+}) when the server at
     * {@code maintenanceUrl} has none of that name.
     */
    public static void databaseReady(String maintenanceUrl, String user, String password, String database) {
        DriverManager.setLoginTimeout(5);
        try (Connection admin = DriverManager.getConnection(maintenanceUrl, user, password)) {
            if (!exists(admin, database)) {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new DevstackException(
                    "PostgreSQL is not reachable at " + maintenanceUrl + " as " + user + " ("
                            + firstLine(e.getMessage()) + "): start it (bin/postgres-up), or set KYC_DB_URL, "
                            + "KYC_DB_USER and KYC_DB_PASSWORD.",
                    e);
        }
    }

    /** The port an environment variable names, or {@code fallback} when it is unset; a bad value says which. */
    public static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (0-65535), got '" + value + "'");
        }
    }

    private static boolean exists(Connection admin, String database) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no answer" : message.lines().findFirst().orElse(message);
    }
}
