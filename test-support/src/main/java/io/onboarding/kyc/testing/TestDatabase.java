package io.onboarding.kyc.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A PostgreSQL database of the test run's own, shared by every test in one JVM.
 *
 * <p>Where it comes from, in order: a Testcontainers PostgreSQL container when a Docker engine answers;
 * otherwise {@code KYC_TEST_DB_URL} (with {@code KYC_TEST_DB_USER} / {@code KYC_TEST_DB_PASSWORD}) as
 * given; otherwise a fresh database created on the local server at 127.0.0.1:5432 and dropped when the
 * JVM exits.
 */
public final class TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static TestDatabase shared;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = provision();
        }
        return shared;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Micronaut properties pointing the default datasource at this database. */
    public Map<String, Object> micronautProperties() {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The single number a {@code SELECT count(*) ...} query answers, with {@code ?} bound to the parameters. */
    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static TestDatabase provision() {
        if (dockerLikelyPresent() && DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            LOG.info("Tests use a PostgreSQL container at {}", container.getJdbcUrl());
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        String given = System.getenv("KYC_TEST_DB_URL");
        if (given != null && !given.isBlank()) {
            LOG.info("Tests use KYC_TEST_DB_URL");
            return new TestDatabase(given, envOr("KYC_TEST_DB_USER", "postgres"), envOr("KYC_TEST_DB_PASSWORD", ""));
        }
        return createLocalDatabase();
    }

    private static TestDatabase createLocalDatabase() {
        String name = "kyc_test_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(5));
        String user = envOr("KYC_TEST_DB_USER", "postgres");
        String password = envOr("KYC_TEST_DB_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "No Docker engine and no KYC_TEST_DB_URL, and the local PostgreSQL at "
                            + "127.0.0.1:5432 refused to create a test database: " + e.getMessage(),
                    e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name, user, password)));
        LOG.info("Tests use the local PostgreSQL, database {}", name);
        return new TestDatabase(LOCAL_SERVER + name, user, password);
    }

    private static void drop(String name, String user, String password) {
        try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            LOG.warn("Could not drop test database {}: {}", name, e.getMessage());
        }
    }

    /** Asking Testcontainers costs seconds when there is plainly no engine; skip it then. */
    private static boolean dockerLikelyPresent() {
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
