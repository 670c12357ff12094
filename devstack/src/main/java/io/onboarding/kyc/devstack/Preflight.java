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

/** Checks made before anything starts, so a problem is one clear line rather than a stack trace later. */
final class Preflight {

    private Preflight() {}

    static void portFree(int port, String what, String variable) {
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
        DriverManager.setLoginTimeout(5);
        try (Connection admin = DriverManager.getConnection(
                settings.maintenanceUrl(), settings.databaseUser(), settings.databasePassword())) {
            if (!exists(admin, settings.databaseName())) {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + settings.databaseName());
                }
            }
        } catch (SQLException e) {
            throw new DevstackException(
                    "PostgreSQL is not reachable at " + settings.maintenanceUrl() + " as "
                            + settings.databaseUser() + " (" + firstLine(e.getMessage())
                            + "): start it, or set KYC_DB_URL, "
                            + "KYC_DB_USER and KYC_DB_PASSWORD.",
                    e);
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
