package io.onboarding.kyc.store;

import static io.onboarding.kyc.store.search.SearchFilters.journeys;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.onboarding.kyc.store.search.JourneyQuery;
import io.onboarding.kyc.store.search.SearchPosition;
import io.onboarding.kyc.store.search.SearchSort;
import io.onboarding.kyc.store.search.SearchSql;
import io.onboarding.kyc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every query shape the journey search runs reads an index on journey: over 20,000 journeys, with sequential scans
 * switched off, EXPLAIN of each shape shows no Seq Scan on journey, and the index meant for it
 * (V7__journey_search.sql).
 */
@MicronautTest(transactional = false)
class JourneySearchIndexIT extends StoreTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final String RARE_REASON = "PORTRAIT_MISMATCH";
    private static final SearchPosition SOMEWHERE =
            new SearchPosition(T0.plus(10_000, ChronoUnit.MINUTES), "jny_0000000000000000000000000m");

    @Test
    void eachQueryShapeReadsItsIndex() throws SQLException {
        JourneyQuery created = JourneyQuery.all(SearchSort.CREATED, 20);
        JourneyQuery waiting = JourneyQuery.all(SearchSort.WAITING, 20);
        List<Shape> shapes = List.of(
                new Shape("journey_created_idx", created),
                new Shape("journey_created_idx", created.after(SOMEWHERE)),
                new Shape(
                        "journey_created_idx",
                        journeys()
                                .createdFrom(T0)
                                .createdTo(T0.plus(1, ChronoUnit.DAYS))
                                .page(20)),
                new Shape(
                        "journey_status_created_idx",
                        journeys().status("WAITING_REVIEW").page(20)),
                // waiting on something: the few waiting rows, by what they wait on; a wait as common as a retake is
                // found soon enough in creation order too
                new Shape(
                        "journey_created_idx|journey_waiting_on_idx",
                        journeys().waitingOn("RETAKE").page(20)),
                new Shape(
                        "journey_waiting_on_idx",
                        journeys().waitingOn("DAILY_LIMIT").page(20)),
                new Shape(
                        "journey_waiting_on_idx",
                        journeys()
                                .waitingOn("RETAKE")
                                .waitingSinceBefore(T0.plus(9, ChronoUnit.DAYS))
                                .byWait()
                                .page(20)),
                // a rare value is a range of its own index; for a common one the planner may as well walk creation
                // order (which it picks depends on the statistics of the moment): either is an index, never a scan
                new Shape(
                        "journey_country_created_idx", journeys().country("NGA").page(20)),
                new Shape(
                        "journey_created_idx|journey_country_created_idx",
                        journeys().country("HKG").page(20)),
                new Shape(
                        "journey_outcome_created_idx",
                        journeys().outcome("EXPIRED").page(20)),
                new Shape(
                        "journey_created_idx|journey_outcome_created_idx",
                        journeys().outcome("APPROVED").page(20)),
                new Shape("journey_created_idx", journeys().path("FOREIGN").page(20)),
                // a rare reason is looked up in the GIN index; a common one is found soon enough in creation order
                new Shape(
                        "journey_reason_codes_idx",
                        journeys().reason(RARE_REASON).page(20)),
                new Shape(
                        "journey_created_idx|journey_reason_codes_idx",
                        journeys().reason("ID_NUMBER_MISMATCH").page(20)),
                // a reason with an outcome, a status or a country: the reason's journeys first, whatever the pair
                new Shape(
                        "journey_reason_codes_idx",
                        journeys()
                                .outcome("APPROVED")
                                .reason("ID_NUMBER_MISMATCH")
                                .page(20)),
                new Shape(
                        "journey_reason_codes_idx",
                        journeys()
                                .outcome("REJECTED")
                                .reason(RARE_REASON)
                                .country("HKG")
                                .page(20)),
                new Shape(
                        "journey_reason_codes_idx",
                        journeys()
                                .status("COMPLETED", "FAILED")
                                .reason("ID_NUMBER_MISMATCH")
                                .page(20)),
                new Shape(
                        "journey_customer_ref_idx",
                        journeys()
                                .outcome("REJECTED")
                                .reason("ID_NUMBER_MISMATCH")
                                .customerRef("index-10")
                                .page(20)),
                new Shape(
                        "journey_customer_ref_idx",
                        journeys().customerRef("index-7").page(20)),
                new Shape("journey_waiting_idx", waiting),
                new Shape("journey_waiting_idx", waiting.after(SOMEWHERE)),
                new Shape(
                        "journey_waiting_idx",
                        journeys()
                                .waitingSinceBefore(T0.plus(1, ChronoUnit.HOURS))
                                .byWait()
                                .page(20)),
                // several statuses: a branch per status, each a range of the status index
                new Shape(
                        "journey_status_created_idx",
                        journeys().status("WAITING_RETAKE", "WAITING_REVIEW").page(20)));

        Map<String, String> wrong = new LinkedHashMap<>();
        try (Connection connection = TestDatabase.shared().connect()) {
            connection.setAutoCommit(false);
            try {
                load(connection);
                for (Shape shape : shapes) {
                    String plan = explain(connection, SearchSql.of(shape.query()));
                    if (plan.contains("Seq Scan on journey")
                            || Arrays.stream(shape.index().split("\\|")).noneMatch(plan::contains)) {
                        wrong.put(shape.index() + " for " + shape.query(), plan);
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        assertThat(wrong)
                .as("query shapes that read no index, or not the one meant for them")
                .isEmpty();
    }

    /** A search and the index it should read ({@code a|b}: either). */
    private record Shape(String index, JourneyQuery query) {}

    /**
     * 20,000 journeys over two weeks with a plausible spread, in this transaction only (rolled back after), so that
     * the planner weighs the indexes as it would in production and no other test sees the rows.
     */
    private static void load(Connection connection) throws SQLException {
        try (Statement load = connection.createStatement()) {
            load.execute("""
                    INSERT INTO journey (id, customer_ref, country, document_type, status, outcome, step, reasons,
                                         created_at, updated_at, last_sequence, path, waiting_since, waiting_on)
                    SELECT 'jny_' || substr(md5('index-' || g), 1, 26),
                           'index-' || g,
                           CASE WHEN g % 1000 = 0 THEN 'NGA' ELSE (ARRAY['CHN', 'HKG', 'AUTO', 'IDN'])[g % 4 + 1] END,
                           'ID_CARD',
                           s.status,
                           CASE WHEN s.status = 'COMPLETED' THEN (CASE WHEN g % 300 = 0 THEN 'EXPIRED' WHEN g % 10 = 0 THEN 'REJECTED' ELSE 'APPROVED' END) END,
                           'DECISION',
                           CASE WHEN g % 10 = 0 THEN 'ID_NUMBER_MISMATCH' ELSE '' END
                               || CASE WHEN g % 400 = 0 THEN ',PORTRAIT_MISMATCH' ELSE '' END,
                           timestamptz '2026-11-01T00:00:00Z' + g * interval '1 minute',
                           timestamptz '2026-11-01T00:00:00Z' + g * interval '1 minute',
                           1,
                           CASE g % 4 WHEN 0 THEN 'MAINLAND' WHEN 2 THEN NULL ELSE 'FOREIGN' END,
                           CASE WHEN s.status LIKE 'WAITING%' OR g % 194 = 0 THEN timestamptz '2026-11-01T00:00:00Z' + g * interval '1 minute' END,
                           CASE WHEN s.status = 'WAITING_REVIEW' THEN 'REVIEW' WHEN s.status = 'WAITING_RETAKE' THEN 'RETAKE'
                                WHEN g % 194 = 0 THEN 'DAILY_LIMIT' END
                      FROM generate_series(1, 20000) AS g,
                           LATERAL (SELECT CASE WHEN g % 50 = 0 THEN 'WAITING_REVIEW'
                                                WHEN g % 70 = 0 THEN 'WAITING_RETAKE'
                                                WHEN g % 97 = 0 THEN 'RUNNING'
                                                WHEN g % 201 = 0 THEN 'FAILED'
                                                ELSE 'COMPLETED' END AS status) AS s""");
            load.execute("ANALYZE journey");
            load.execute("SET LOCAL enable_seqscan = off");
        }
    }

    private static String explain(Connection connection, SearchSql sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = sql.prepare(connection, "EXPLAIN ");
                ResultSet lines = explain.executeQuery()) {
            while (lines.next()) {
                plan.append(lines.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
