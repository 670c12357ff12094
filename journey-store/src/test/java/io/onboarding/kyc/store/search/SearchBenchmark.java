package io.onboarding.kyc.store.search;

import static io.onboarding.kyc.store.search.SearchFilters.journeys;

import io.micronaut.context.ApplicationContext;
import io.onboarding.kyc.store.review.ReviewClaims;
import io.onboarding.kyc.store.review.ReviewQueueRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * The support desk's search at production size: loads 100,000 journeys into a database of its own ({@code kyc_bench},
 * dropped and created again each run, migrated by the same Flyway migrations through journey-store's own context),
 * then times the most common support queries through the code the API runs ({@link JourneySearch},
 * {@link ReviewClaims#queue}) and prints p50, p95 and p99 against the target, p95 at most 20 ms.
 *
 * <p>A measurement, not a test: it runs only from {@code bin/bench-search}, never in {@code ./mvnw verify}, and a query
 * over the target does not fail it. It exits 1 when a query fails with an error, 2 on bad arguments.
 *
 * <p>Settings (environment): {@code KYC_BENCH_SERVER} (jdbc:postgresql://127.0.0.1:5432/), {@code KYC_BENCH_DB}
 * (kyc_bench), {@code KYC_BENCH_USER} (postgres), {@code KYC_BENCH_PASSWORD}, {@code KYC_BENCH_JOURNEYS} (100000),
 * {@code KYC_BENCH_RUNS} (200 timed runs per query, after a warm-up of a tenth as many), {@code KYC_BENCH_COMMIT}
 * (shown in the report). The one argument is the repository root: the report is appended to its
 * {@code docs/benchmarks.md}, the JSON and the query plans go to its {@code target/bench/}.
 */
public final class SearchBenchmark {

    static final double TARGET_P95_MS = 20.0;
    private static final int PAGE = 50;
    private static final int DEEP_PAGES = 200;
    private static final long SEED = 20261130L;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SearchBenchmark REPOSITORY_ROOT");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        String server = env("KYC_BENCH_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
        String database = env("KYC_BENCH_DB", "kyc_bench");
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            System.err.println("KYC_BENCH_DB must be a plain lower-case name");
            System.exit(2);
        }
        String user = env("KYC_BENCH_USER", "postgres");
        String password = env("KYC_BENCH_PASSWORD", "");
        int journeys = Integer.parseInt(env("KYC_BENCH_JOURNEYS", "100000"));
        int runs = Integer.parseInt(env("KYC_BENCH_RUNS", "200"));
        String url = server + database;

        recreate(server, database, user, password);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BenchmarkData data = new BenchmarkData(SEED, now);
        double loadSeconds;
        List<Result> steady;
        List<Result> custom;
        Run run;
        // as the API runs: PgJDBC prepares a statement on the server from its fifth use on a connection, and
        // PostgreSQL then keeps one generic plan for it when that looks no dearer than planning for the values
        try (ApplicationContext context = context(url, user, password)) {
            // the pool's creation runs the migrations (micronaut-flyway), as in the web API
            context.getBean(DataSource.class);
            long loadStarted = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                requireMigrated(connection);
                data.load(connection, journeys);
            }
            loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "Loaded %,d journeys, %,d timeline events and %,d review claims in %.1f s%n",
                    journeys,
                    data.events(),
                    data.claims(),
                    loadSeconds);
            System.out.println(
                    "As the API runs (server-prepared statements, generic plans where PostgreSQL keeps them):");
            run = new Run(context.getBean(JourneySearch.class), context.getBean(ReviewClaims.class), data, now, runs);
            steady = run.all();
        }
        // every execution planned for its values (prepareThreshold=0), as the first few on each connection are,
        // and every run of a query shape PostgreSQL does not keep a generic plan for
        try (ApplicationContext context = context(url + "?prepareThreshold=0", user, password)) {
            System.out.println("Custom plans only (prepareThreshold=0):");
            custom = new Run(context.getBean(JourneySearch.class), context.getBean(ReviewClaims.class), data, now, runs)
                    .all();
        }
        Machine machine = Machine.describe(url, user, password);
        Report report = new Report(machine, env("KYC_BENCH_COMMIT", "unknown"), journeys, runs, loadSeconds, now);
        String table = report.table(steady, custom);
        System.out.println();
        System.out.print(table);
        Path bench = Files.createDirectories(root.resolve("target/bench"));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(now);
        Path json = bench.resolve("search-" + stamp + ".json");
        Files.writeString(json, report.json(steady, custom), StandardCharsets.UTF_8);
        Path plans = bench.resolve("search-" + stamp + "-plans.txt");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Files.writeString(plans, run.plans(connection), StandardCharsets.UTF_8);
        }
        report.append(root.resolve("docs/benchmarks.md"), table);
        System.out.println();
        System.out.println("Appended to docs/benchmarks.md; JSON in " + root.relativize(json) + ", plans (planned for"
                + " the values, and as a warm connection runs them) in " + root.relativize(plans) + "; the database "
                + database
                + " stays for a look.");
        boolean failed = Stream.concat(steady.stream(), custom.stream()).anyMatch(result -> result.error() != null);
        if (failed) {
            System.err.println("A query failed with an error; see the table.");
            System.exit(1);
        }
    }

    /** journey-store's beans on the benchmark database, with Flyway on as in the web API and the worker. */
    private static ApplicationContext context(String url, String user, String password) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", user);
        properties.put("datasources.default.password", password);
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("flyway.datasources.default.enabled", true);
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("bench")
                .properties(properties)
                .start();
    }

    private static void recreate(String server, String database, String user, String password) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    private static void requireMigrated(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT to_regclass('review_claim') IS NOT NULL AND to_regclass('journey_review_queue_idx') IS NOT NULL")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                throw new IllegalStateException("the benchmark database was not migrated");
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One query's figures, or the error it failed with. */
    record Result(String name, String request, int rows, double p50, double p95, double p99, double max, String error) {

        boolean meetsTarget() {
            return error == null && p95 <= TARGET_P95_MS;
        }
    }

    /** The queries, timed. */
    static final class Run {

        private final JourneySearch search;
        private final ReviewClaims claims;
        private final List<String> refs;
        private final Instant now;
        private final int runs;
        private final Map<String, JourneyQuery> explained = new LinkedHashMap<>();

        Run(JourneySearch search, ReviewClaims claims, BenchmarkData data, Instant now, int runs) {
            this.search = search;
            this.claims = claims;
            this.refs = data.sampleRefs();
            this.now = now;
            this.runs = runs;
        }

        List<Result> all() {
            List<Result> results = new ArrayList<>();
            results.add(search("newest", "(no filter)", JourneyQuery.all(SearchSort.CREATED, PAGE)));
            results.add(search(
                    "review-by-wait",
                    "status=WAITING_REVIEW&sort=waiting",
                    journeys().status("WAITING_REVIEW").byWait().page(PAGE)));
            results.add(search(
                    "waiting-retake",
                    "waiting=retake",
                    journeys().waitingOn("RETAKE").page(PAGE)));
            results.add(timed("customer-ref", "customerRef=<exact, one of " + refs.size() + ">", i -> {
                JourneyQuery byRef =
                        journeys().customerRef(refs.get(i % refs.size())).page(PAGE);
                return search.find(byRef).journeys().size();
            }));
            explained.put("customer-ref", journeys().customerRef(refs.get(0)).page(PAGE));
            results.add(search(
                    "country-hkg", "country=HKG", journeys().country("HKG").page(PAGE)));
            results.add(search(
                    "rejected-name",
                    "outcome=REJECTED&reason=ID_NAME_MISMATCH",
                    journeys().outcome("REJECTED").reason("ID_NAME_MISMATCH").page(PAGE)));
            results.add(search(
                    "last-24h",
                    "createdFrom=<now-24h>",
                    journeys().createdFrom(now.minus(Duration.ofHours(24))).page(PAGE)));
            results.add(search(
                    "failed-or-running",
                    "status=FAILED,RUNNING",
                    journeys().status("FAILED", "RUNNING").page(PAGE)));
            results.add(search(
                    "path-foreign", "path=FOREIGN", journeys().path("FOREIGN").page(PAGE)));
            results.add(timed(
                    "review-queue",
                    "GET /v1/reviews (first page)",
                    i -> claims.queue(null, PAGE + 1).size()));
            // beyond the ten: the "why is it slow?" questions, a rare country, and the deep page
            results.add(search(
                    "waiting-over-24h",
                    "waitingLongerThan=PT24H&sort=waiting",
                    journeys()
                            .waitingSinceBefore(now.minus(Duration.ofHours(24)))
                            .byWait()
                            .page(PAGE)));
            results.add(search(
                    "running-over-1h",
                    "status=RUNNING&createdTo=<now-1h>",
                    journeys()
                            .status("RUNNING")
                            .createdTo(now.minus(Duration.ofHours(1)))
                            .page(PAGE)));
            // an audit question whose answer is "none": the reason's journeys read first (SearchSql), filtered on the
            // outcome; before that, the outcome's index walked to its end, filtering on the reason
            results.add(search(
                    "approved-expired",
                    "outcome=APPROVED&reason=CARD_EXPIRED",
                    journeys().outcome("APPROVED").reason("CARD_EXPIRED").page(PAGE)));
            // what a journey waits on (V10): the daily limit, newest first; the retried vendor calls, oldest first
            results.add(search(
                    "waiting-daily-limit",
                    "waiting=daily-limit",
                    journeys().waitingOn("DAILY_LIMIT").page(PAGE)));
            results.add(search(
                    "vendor-retry-by-wait",
                    "waiting=vendor-retry&sort=waiting",
                    journeys().waitingOn("VENDOR_RETRY").byWait().page(PAGE)));
            // a rare reason alone (about 200 journeys): the planner chooses, from the reason's own statistics
            results.add(search(
                    "reason-rare",
                    "reason=DECLARED_ID_NUMBER_MISMATCH",
                    journeys().reason("DECLARED_ID_NUMBER_MISMATCH").page(PAGE)));
            // a pair that never occurs (only a FAILED journey has VENDOR_CONFIGURATION), with the commonest reason:
            // read reason first, it costs every journey the reason has
            results.add(search(
                    "completed-vendor-config",
                    "status=COMPLETED&reason=VENDOR_CONFIGURATION",
                    journeys()
                            .status("COMPLETED")
                            .reason("VENDOR_CONFIGURATION")
                            .page(PAGE)));
            results.add(search(
                    "country-jpn", "country=JPN", journeys().country("JPN").page(PAGE)));
            results.add(deepPage());
            return results;
        }

        /** Follows {@code next} through 200 pages of the newest-first list, then times the page after. */
        private Result deepPage() {
            String name = "deep-cursor";
            String request = "(no filter), page " + (DEEP_PAGES + 1) + " of " + PAGE;
            try {
                JourneyQuery query = JourneyQuery.all(SearchSort.CREATED, PAGE);
                long started = System.nanoTime();
                for (int page = 0; page < DEEP_PAGES; page++) {
                    SearchPage found = search.find(query);
                    if (found.next() == null) {
                        throw new IllegalStateException("the list ended at page " + (page + 1));
                    }
                    query = query.after(found.next());
                }
                System.out.printf(
                        Locale.ROOT,
                        "  walked %d pages of %d in %.0f ms%n",
                        DEEP_PAGES,
                        PAGE,
                        (System.nanoTime() - started) / 1e6);
                return search(name, request, query);
            } catch (RuntimeException e) {
                return failed(name, request, e);
            }
        }

        private Result search(String name, String request, JourneyQuery query) {
            explained.put(name, query);
            return timed(name, request, i -> search.find(query).journeys().size());
        }

        /** A warm-up of a tenth of the runs (at least 20), then {@code runs} timed calls. */
        private Result timed(String name, String request, IntFunction<Integer> call) {
            try {
                int warmUp = Math.max(20, runs / 10);
                int rows = 0;
                for (int i = 0; i < warmUp; i++) {
                    rows = call.apply(i);
                }
                double[] millis = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long started = System.nanoTime();
                    rows = call.apply(i);
                    millis[i] = (System.nanoTime() - started) / 1e6;
                }
                Arrays.sort(millis);
                Result result = new Result(
                        name,
                        request,
                        rows,
                        percentile(millis, 50),
                        percentile(millis, 95),
                        percentile(millis, 99),
                        millis[millis.length - 1],
                        null);
                System.out.printf(
                        Locale.ROOT,
                        "  %-18s p50 %6.2f  p95 %6.2f  p99 %6.2f ms%n",
                        name,
                        result.p50(),
                        result.p95(),
                        result.p99());
                return result;
            } catch (RuntimeException e) {
                return failed(name, request, e);
            }
        }

        private static Result failed(String name, String request, RuntimeException e) {
            System.err.println("  " + name + " FAILED: " + e);
            return new Result(name, request, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, String.valueOf(e));
        }

        /** Nearest rank: the smallest sample with at least p % of the samples at or below it. */
        static double percentile(double[] sorted, double p) {
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        /**
         * Every query's plan, for a look at a miss: EXPLAIN (ANALYZE, BUFFERS) as the code builds it, planned for its
         * values; then the plan a warm pooled connection runs, caught by auto_explain on the seventh execution of the
         * server-prepared statement (PostgreSQL 15 has no EXPLAIN of a generic plan).
         */
        String plans(Connection connection) throws SQLException {
            StringBuilder out = new StringBuilder();
            String queue = ReviewQueueRepository.COLUMNS + " ORDER BY j.waiting_since, j.id LIMIT " + (PAGE + 1);
            out.append("# Planned for the values (EXPLAIN ANALYZE of an unprepared statement)\n\n");
            for (Map.Entry<String, JourneyQuery> entry : explained.entrySet()) {
                SearchSql sql = SearchSql.of(entry.getValue());
                out.append("== ")
                        .append(entry.getKey())
                        .append('\n')
                        .append(sql.sql())
                        .append('\n');
                try (PreparedStatement explain = sql.prepare(connection, "EXPLAIN (ANALYZE, BUFFERS) ")) {
                    lines(explain, out);
                }
            }
            out.append("== review-queue\n").append(queue).append('\n');
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + queue)) {
                lines(explain, out);
            }
            out.append("# As a warm pooled connection runs it (auto_explain, 7th execution, server-prepared)\n\n");
            try (Statement set = connection.createStatement()) {
                set.execute("LOAD 'auto_explain'");
                set.execute("SET auto_explain.log_min_duration = 0");
                set.execute("SET auto_explain.log_analyze = on");
                set.execute("SET auto_explain.log_buffers = on");
                set.execute("SET auto_explain.log_level = notice");
                set.execute("SET client_min_messages = notice");
            } catch (SQLException e) {
                return out.append("(auto_explain is not available: ")
                        .append(e.getMessage())
                        .append(")\n")
                        .toString();
            }
            for (Map.Entry<String, JourneyQuery> entry : explained.entrySet()) {
                out.append("== ").append(entry.getKey()).append('\n');
                try (PreparedStatement statement =
                        SearchSql.of(entry.getValue()).prepare(connection, "")) {
                    warmPlan(statement, out);
                }
            }
            out.append("== review-queue\n");
            try (PreparedStatement statement = connection.prepareStatement(queue)) {
                warmPlan(statement, out);
            }
            return out.toString();
        }

        private static void warmPlan(PreparedStatement statement, StringBuilder out) throws SQLException {
            statement.unwrap(PGStatement.class).setPrepareThreshold(1);
            for (int i = 0; i < 7; i++) {
                statement.clearWarnings();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        // read to the end, as the search does
                    }
                }
            }
            for (SQLWarning notice = statement.getWarnings(); notice != null; notice = notice.getNextWarning()) {
                out.append(notice.getMessage()).append('\n');
            }
            out.append('\n');
        }

        private static void lines(PreparedStatement explain, StringBuilder out) throws SQLException {
            try (ResultSet lines = explain.executeQuery()) {
                while (lines.next()) {
                    out.append(lines.getString(1)).append('\n');
                }
            }
            out.append('\n');
        }
    }

    /** What the figures were measured on. */
    record Machine(String cpu, int cores, String memory, String load, String postgres, String jdk, String os) {

        static Machine describe(String url, String user, String password) throws SQLException, IOException {
            String postgres;
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT current_setting('server_version'), current_setting('shared_buffers'),"
                                    + " current_setting('work_mem'), current_setting('random_page_cost')")) {
                rows.next();
                postgres = "PostgreSQL " + rows.getString(1) + " (shared_buffers " + rows.getString(2) + ", work_mem "
                        + rows.getString(3) + ", random_page_cost " + rows.getString(4) + ")";
            }
            return new Machine(
                    procLine("/proc/cpuinfo", "model name", () -> System.getProperty("os.arch")),
                    Runtime.getRuntime().availableProcessors(),
                    procLine("/proc/meminfo", "MemTotal", () -> "unknown"),
                    read("/proc/loadavg", () -> "unknown"),
                    postgres,
                    System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.version"));
        }

        private static String procLine(String file, String key, Supplier<String> otherwise) throws IOException {
            Path path = Path.of(file);
            if (!Files.isReadable(path)) {
                return otherwise.get();
            }
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " ");
                }
            }
            return otherwise.get();
        }

        private static String read(String file, Supplier<String> otherwise) throws IOException {
            Path path = Path.of(file);
            return Files.isReadable(path)
                    ? Files.readString(path, StandardCharsets.UTF_8).trim()
                    : otherwise.get();
        }
    }

    /** The figures as a Markdown section and as JSON. */
    record Report(Machine machine, String commit, int journeys, int runs, double loadSeconds, Instant at) {

        String table(List<Result> steady, List<Result> custom) {
            StringBuilder out = new StringBuilder();
            out.append("## ")
                    .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                            .withZone(ZoneOffset.UTC)
                            .format(at))
                    .append(", commit ")
                    .append(commit)
                    .append("\n\n");
            out.append(String.format(
                    Locale.ROOT,
                    "%,d journeys; %d timed runs per query after a warm-up; pages of %d; target p95 ≤ %.0f ms."
                            + " Loaded in %.1f s.%n%n",
                    journeys,
                    runs,
                    PAGE,
                    TARGET_P95_MS,
                    loadSeconds));
            out.append("- CPU: ")
                    .append(machine.cpu())
                    .append(", ")
                    .append(machine.cores())
                    .append(" cores\n");
            out.append("- Memory: ").append(machine.memory()).append('\n');
            out.append("- Load average at the end (1, 5, 15 min, …): ")
                    .append(machine.load())
                    .append('\n');
            out.append("- ").append(machine.postgres()).append('\n');
            out.append("- JDK: ")
                    .append(machine.jdk())
                    .append("; ")
                    .append(machine.os())
                    .append("\n\n");
            out.append("As the API runs (PgJDBC's defaults: from a statement's fifth use on a connection it is"
                    + " prepared on the server, and PostgreSQL keeps a generic plan where that looks no dearer):\n\n");
            rows(out, steady);
            out.append("\nCustom plans only (`prepareThreshold=0`: every execution planned for its values, as the"
                    + " first few on each pooled connection are):\n\n");
            rows(out, custom);
            return out.toString();
        }

        private static void rows(StringBuilder out, List<Result> results) {
            out.append("| query | request | rows | p50 ms | p95 ms | p99 ms | max ms | p95 ≤ 20 ms |\n");
            out.append("|---|---|---:|---:|---:|---:|---:|---|\n");
            for (Result result : results) {
                if (result.error() != null) {
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | `%s` | – | – | – | – | – | ERROR: %s |%n",
                            result.name(),
                            result.request(),
                            result.error().replace('|', '/').replace('\n', ' ')));
                } else {
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | `%s` | %d | %.2f | %.2f | %.2f | %.2f | %s |%n",
                            result.name(),
                            result.request(),
                            result.rows(),
                            result.p50(),
                            result.p95(),
                            result.p99(),
                            result.max(),
                            result.meetsTarget() ? "yes" : "**no**"));
                }
            }
        }

        String json(List<Result> steady, List<Result> custom) {
            StringBuilder out = new StringBuilder("{\n");
            out.append("  \"at\": ").append(quote(at.toString())).append(",\n");
            out.append("  \"commit\": ").append(quote(commit)).append(",\n");
            out.append("  \"journeys\": ").append(journeys).append(",\n");
            out.append("  \"runs\": ").append(runs).append(",\n");
            out.append("  \"pageSize\": ").append(PAGE).append(",\n");
            out.append("  \"targetP95Ms\": ").append(TARGET_P95_MS).append(",\n");
            out.append("  \"loadSeconds\": ")
                    .append(String.format(Locale.ROOT, "%.1f", loadSeconds))
                    .append(",\n");
            out.append("  \"machine\": {\"cpu\": ")
                    .append(quote(machine.cpu()))
                    .append(", \"cores\": ")
                    .append(machine.cores())
                    .append(", \"memory\": ")
                    .append(quote(machine.memory()))
                    .append(", \"load\": ")
                    .append(quote(machine.load()))
                    .append(", \"postgres\": ")
                    .append(quote(machine.postgres()))
                    .append(", \"jdk\": ")
                    .append(quote(machine.jdk()))
                    .append(", \"os\": ")
                    .append(quote(machine.os()))
                    .append("},\n");
            out.append("  \"asTheApiRuns\": ");
            results(out, steady);
            out.append(",\n  \"customPlansOnly\": ");
            results(out, custom);
            out.append("\n}\n");
            return out.toString();
        }

        private static void results(StringBuilder out, List<Result> results) {
            out.append("[\n");
            for (int i = 0; i < results.size(); i++) {
                Result result = results.get(i);
                out.append("    {\"name\": ")
                        .append(quote(result.name()))
                        .append(", \"request\": ")
                        .append(quote(result.request()));
                if (result.error() != null) {
                    out.append(", \"error\": ").append(quote(result.error()));
                } else {
                    out.append(String.format(
                            Locale.ROOT,
                            ", \"rows\": %d, \"p50Ms\": %.3f, \"p95Ms\": %.3f, \"p99Ms\": %.3f, \"maxMs\": %.3f,"
                                    + " \"meetsTarget\": %s",
                            result.rows(),
                            result.p50(),
                            result.p95(),
                            result.p99(),
                            result.max(),
                            result.meetsTarget()));
                }
                out.append('}').append(i + 1 < results.size() ? ",\n" : "\n");
            }
            out.append("  ]");
        }

        /** Appends the section to the Markdown file, writing its header first when the file is new. */
        void append(Path file, String table) throws IOException {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER, StandardCharsets.UTF_8);
            }
            Files.writeString(file, "\n" + table, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }

        private static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }

    private static final String HEADER = """
            # Benchmarks

            ## Journey search and the review queue (issue 12)

            `bin/bench-search` loads 100,000 journeys into a database of its own (`kyc_bench` on the local \
            PostgreSQL, dropped and created again on every run and migrated by the same Flyway migrations), then \
            times the support desk's most common queries through the code the API runs (`JourneySearch` for \
            `GET /v1/journeys`, `ReviewClaims.queue` for `GET /v1/reviews`), in process, without HTTP. Each query \
            is warmed up, then run 200 times; the table gives p50, p95 and p99 in milliseconds, and the rows a call \
            returned (the review queue asks for 51, one more than its page, as its controller does). The target is \
            **p95 ≤ 20 ms per query at 100,000 journeys**. A miss is reported, not failed: this is a measurement, \
            not a test, and it never runs in `./mvnw verify`.

            Each run measures twice. First as the API runs: PgJDBC prepares a statement on the server from its \
            fifth use on a connection, and PostgreSQL then keeps one generic plan for it when that looks no dearer \
            than planning for the values, so in a warm pool the common query shapes run on generic plans. Then with \
            custom plans only (`prepareThreshold=0`), which is what the first executions on each pooled connection \
            and any shape PostgreSQL keeps no generic plan for get. A query that meets the target in one mode only \
            is worth a look.

            The population is seeded (the same on every run): 60 % `COMPLETED` (about three in four approved; \
            rejections with the policy's reasons such as `ID_NAME_MISMATCH`, `PORTRAIT_LOW_SIMILARITY`, \
            `CARD_EXPIRED`, `DOCUMENT_COPY`), 10 % each `FAILED` (`VENDOR_CONFIGURATION`, or `RECORDING_FAILED`), \
            `RUNNING`, `WAITING_RETAKE` and `WAITING_REVIEW`; 55 % `CHN`, the rest `HKG`, `IDN`, `AUTO`, `THA`, \
            `MYS`, `SGP`, `PHL`, `JPN`, `TWN`; created over 90 days (running journeys mostly within the day, waits \
            within the last 7 to 10 days); what each journey waits on, as V10 records it: a retake (`RETAKE`, until \
            7 days after it began) or a review (`REVIEW`, 3 days) with its first reason as the detail, and about \
            15 % of the running journeys on a vendor, each wait still on: 8 % the authority's `DAILY_LIMIT` \
            (mainland, until 00:05 of the next Beijing day), 5 % `CARD_VERIFICATION` (foreign cards, a few \
            minutes), 2 % a `VENDOR_RETRY` (a Tencent call retried, 30 minutes); a short timeline per journey, with \
            an `ESCALATED` event for reviews waiting over a day, and a claim on one review in ten.

            Run it with `bin/bench-search` (a few minutes; needs the local PostgreSQL at 127.0.0.1:5432, see \
            `KYC_BENCH_*` in the script). It prints the table, appends it below with the date, the commit and the \
            machine, writes the figures as JSON and every query's plan (`EXPLAIN (ANALYZE, BUFFERS)` for its values, \
            and the plan a warm connection runs, caught by `auto_explain`) to `target/bench/`, and leaves `kyc_bench` in place for a closer look. Timings on a shared or busy machine are noisy: the \
            load average is recorded with each run for that reason.
            """;
}
