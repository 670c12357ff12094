package io.onboarding.kyc.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * {@code bin/devstack --reset}: forgets every journey. Temporal's state file and the read model go
 * together; dropping only one would leave journeys that the API shows but no workflow runs, or the reverse.
 */
final class Reset {

    private Reset() {
    }

    static void everything(DevstackSettings settings) {
        Path state = settings.stateDirectory();
        if (state != null && Files.isDirectory(state)) {
            try (Stream<Path> files = Files.list(state)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(DevServerTemporal.DATABASE_FILE)).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete Temporal's state in " + state, e);
            }
        }
        DriverManager.setLoginTimeout(5);
        try (Connection admin = DriverManager.getConnection(settings.maintenanceUrl(), settings.databaseUser(),
                settings.databasePassword());
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + settings.databaseName() + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new DevstackException("--reset could not drop database " + settings.databaseName() + ": "
                    + e.getMessage(), e);
        }
        System.out.println("devstack: reset: Temporal state and database " + settings.databaseName() + " cleared");
    }
}
