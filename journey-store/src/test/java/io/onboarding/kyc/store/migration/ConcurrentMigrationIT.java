package io.onboarding.kyc.store.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worker and the web API may both start first against an empty database. Each runs Flyway as its context
 * starts (the data source is created eagerly, and Flyway migrates it synchronously as it is created), under
 * Flyway's PostgreSQL advisory lock: whichever comes second waits, then finds the schema current. So each
 * context is started only once the schema is whole, and every version is applied exactly once.
 *
 * <p>Both contexts share this JVM, but not a connection: the advisory lock is taken in PostgreSQL, as it would
 * be between two processes.
 */
class ConcurrentMigrationIT {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = envOr("KYC_TEST_DB_USER", "postgres");
    private static final String PASSWORD = envOr("KYC_TEST_DB_PASSWORD", "");

    private final String database = "kyc_migrate_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(5));

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void twoProcessesStartingAtOnceMigrateOnceAndEachStartsOnAWholeSchema() throws Exception {
        int processes = 2;
        CountDownLatch ready = new CountDownLatch(processes);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(processes);
        List<Future<Long>> started = new ArrayList<>();
        List<ApplicationContext> contexts = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                started.add(threads.submit(startWhenTold(ready, go, contexts)));
            }
            ready.await();
            go.countDown();

            for (Future<Long> versionsSeenAtStart : started) {
                assertThat(versionsSeenAtStart.get(60, TimeUnit.SECONDS))
                        .as("versions applied when the context's start returned")
                        .isEqualTo(migrations().size());
            }
        } finally {
            threads.shutdown();
            synchronized (contexts) {
                contexts.forEach(ApplicationContext::close);
            }
        }

        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, count(*), bool_and(success)"
                        + " FROM flyway_schema_history WHERE version IS NOT NULL GROUP BY version")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                assertThat(rows.getLong(2))
                        .as("rows for version %s", rows.getString(1))
                        .isEqualTo(1);
                assertThat(rows.getBoolean(3))
                        .as("version %s succeeded", rows.getString(1))
                        .isTrue();
                versions.add(rows.getString(1));
            }
            assertThat(versions).containsExactlyInAnyOrderElementsOf(migrations());
        }
    }

    /** Starts a context as a process would, and says how many versions it found applied once started. */
    private Callable<Long> startWhenTold(CountDownLatch ready, CountDownLatch go, List<ApplicationContext> contexts) {
        return () -> {
            ready.countDown();
            go.await();
            // what the worker's and the web API's application.yml say; set here since a context started off
            // JUnit's thread does not take the test environment (application-test.yml)
            ApplicationContext context = ApplicationContext.run(Map.of(
                    "datasources.default.url",
                    SERVER + database,
                    "datasources.default.username",
                    USER,
                    "datasources.default.password",
                    PASSWORD,
                    "datasources.default.driver-class-name",
                    "org.postgresql.Driver",
                    "datasources.default.dialect",
                    "POSTGRES",
                    "flyway.datasources.default.enabled",
                    true));
            synchronized (contexts) {
                contexts.add(context);
            }
            try (Connection connection = connect();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL AND success")) {
                rows.next();
                return rows.getLong(1);
            }
        };
    }

    /** The versions of the module's migrations: V7__journey_search.sql -> 7. */
    private static List<String> migrations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .toList();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + database, USER, PASSWORD);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
