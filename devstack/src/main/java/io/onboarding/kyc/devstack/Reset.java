package io.onboarding.kyc.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code bin/devstack --reset}: forgets every journey. Temporal's state file and the read model go
 * together; dropping only one would leave journeys that the API shows but no workflow runs, or the reverse.
 */
final class Reset {

    private Reset() {}

    static void everything(DevstackSettings settings) {
        if (settings.stateDirectory() != null) {
            DevServerTemporal.deleteState(settings.stateDirectory());
            // the keys in it die with the database; the start issues new ones
            try {
                Files.deleteIfExists(settings.stateDirectory().resolve(DevstackKeys.FILE));
            } catch (IOException e) {
                throw new DevstackException("--reset could not delete " + DevstackKeys.FILE + ": " + e.getMessage(), e);
            }
        }
        DriverManager.setLoginTimeout(5);
        try (Connection admin = DriverManager.getConnection(
                        settings.maintenanceUrl(), settings.databaseUser(), settings.databasePassword());
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + settings.databaseName() + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new DevstackException(
                    "--reset could not drop database " + settings.databaseName() + ": " + e.getMessage(), e);
        }
        System.out.println(
                "devstack: reset: Temporal state, API keys and database " + settings.databaseName() + " cleared");
    }
}
