package io.onboarding.kyc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/bench --smoke} in the build, so the command cannot rot: every scenario at its smoke count, on the
 * bench's own stack (Temporal's dev server, the sandbox, two workers and the web API as processes), against the test
 * database. It checks that the report is produced and that its figures are consistent; never how fast anything was
 * (the full runs are measured by hand, on a known machine). It writes under target/, never to docs/benchmarks.md.
 */
class BenchSmokeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyScenarioRunsAtItsSmokeCountAndReportsSaneFigures() throws Exception {
        TestDatabase db = TestDatabase.shared();
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path out = Files.createDirectories(Path.of("target", "bench-smoke", String.valueOf(System.nanoTime())))
                .toAbsolutePath();
        BenchOptions options = BenchOptions.parse(
                        new String[] {"--smoke"},
                        root,
                        Map.of(
                                "KYC_DB_URL", db.url(),
                                "KYC_DB_USER", db.user(),
                                "KYC_DB_PASSWORD", db.password(),
                                "KYC_BENCH_COMMIT", "smoke-test"))
                .writingTo(out.resolve("benchmarks.md"), out);

        Bench.Run run = Bench.run(options);

        assertThat(run.results()).extracting(ScenarioResult::scenario).containsExactlyElementsOf(Scenarios.NAMES);
        for (ScenarioResult result : run.results()) {
            assertThat(result.skipped()).as(result.scenario() + " skipped").isNull();
            assertThat(result.smoke()).isTrue();
            if (result.scenario().equals("api")) {
                continue; // a load on the API: its journeys are cancelled when the load ends (checked below)
            }
            int started = (int) value(result, "journeys started");
            // a drill may see a start refused while the engine is down (reported); every start is counted once
            assertThat(started + (int) value(result, MidRunFault.STARTS_REFUSED, 0))
                    .as(result.scenario() + ": journeys started, and starts refused")
                    .isEqualTo(result.journeys());
            assertThat(value(result, "completed with the correct outcome")
                            + value(result, "completed with another outcome")
                            + value(result, "stuck")
                            + value(result, "lost"))
                    .as(result.scenario() + ": every journey counted once")
                    .isEqualTo(started);
            assertThat(value(result, "billable calls bought twice", 0))
                    .as(result.scenario())
                    .isZero();
            if (!result.scenario().equals("storm")) {
                // proven for these by ClusterScaleOutIT too; the storm's outcomes are what the drill measures
                assertThat(value(result, "lost"))
                        .as(result.scenario() + ": journeys lost")
                        .isZero();
                assertThat(value(result, "completed with another outcome"))
                        .as(result.scenario() + ": journeys that ended otherwise than their card promises")
                        .isZero();
            }
        }
        ScenarioResult quota = run.results().get(0);
        assertThat(value(quota, "OCR calls served"))
                .as("an OCR call per side at least")
                .isGreaterThanOrEqualTo(60);
        assertThat(value(quota, "OCR rate ÷ quota (20/s)")).isPositive().isLessThan(3);
        assertThat(value(quota, "drain ÷ ideal")).isPositive();
        // Tencent's quota, across both workers: a property of the engine's pacing, not a speed
        assertThat(value(quota, QuotaScenario.SENT_BY_WORKERS)).isPositive().isLessThanOrEqualTo(20);
        ScenarioResult crash = run.results().get(1);
        assertThat(value(crash, "killed worker ready again after")).isPositive();
        ScenarioResult serverCrash = named(run, ServerCrashScenario.NAME);
        assertThat(value(serverCrash, "Temporal answering again after the kill"))
                .as("Temporal's server was killed and restarted")
                .isPositive();
        ScenarioResult blip = named(run, "database-blip");
        assertThat(value(blip, "PostgreSQL away"))
                .as("the drill's PostgreSQL was crashed and restarted")
                .isPositive();

        throughputIsConsistent(named(run, "throughput"));
        latencyIsConsistent(named(run, "latency"));
        ScenarioResult api = named(run, "api");
        for (String phase : List.of("start", "get")) {
            assertThat(value(api, phase + ": requests") - value(api, phase + ": errors"))
                    .as("api: %s answered", phase)
                    .isPositive();
            assertThat(value(api, phase + ": achieved rate")).isPositive();
            assertThat(value(api, phase + ": answered rate")).isPositive();
            assertThat(value(api, phase + ": p50")).isPositive().isLessThanOrEqualTo(value(api, phase + ": p99"));
            assertThat(value(api, phase + ": p99")).isLessThanOrEqualTo(value(api, phase + ": max"));
        }
        assertThat(value(api, "journeys started"))
                .isEqualTo(value(api, "start: requests") - value(api, "start: errors"));
        assertThat(value(api, "finished when the load ended")
                        + value(api, "cancelled after the load")
                        + value(api, "cancellations refused"))
                .as("api: every journey started either finished or was sent a cancellation")
                .isEqualTo(value(api, "journeys started"));
        assertThat(value(api, "stuck after the cancellations")).isZero();
        ScenarioResult parked = named(run, "parked");
        assertThat(value(parked, "parked for review")).isEqualTo(parked.journeys());
        assertThat(value(parked, "reviews refused")).isZero();
        assertThat(value(parked, "workers' heap after GC before parking (default cache)"))
                .isPositive();
        assertThat(value(parked, "Temporal server resident memory")).isPositive();
        assertThat(value(parked, "all woken and completed after")).isPositive();

        assertThat(run.json()).hasSize(run.results().size());
        for (int i = 0; i < run.json().size(); i++) {
            JsonNode json = JSON.readTree(run.json().get(i).toFile());
            assertThat(json.path("scenario").asText())
                    .isEqualTo(run.results().get(i).scenario());
            assertThat(json.path("machine").path("cores").asInt()).isPositive();
            assertThat(json.path("machine").path("commit").asText()).isEqualTo("smoke-test");
            assertThat(json.path("figures").size())
                    .isEqualTo(run.results().get(i).figures().size());
        }
        String markdown = Files.readString(run.markdown());
        assertThat(markdown)
                .contains("commit smoke-test: `bin/bench` --smoke")
                .contains("cores (nproc), memory")
                .contains("- JDK: ")
                .contains("### quota (smoke): 30 journeys")
                .contains("### worker-crash (smoke): 20 journeys")
                .contains("### storm (smoke): 10 journeys")
                .contains("### throughput (smoke): 20 journeys")
                .contains("### latency (smoke): 10 journeys")
                .contains("### api (smoke): 50 journeys")
                .contains("### parked (smoke): 30 journeys")
                .contains("### server-crash (smoke): 20 journeys")
                .contains("### database-blip (smoke): 20 journeys");
        // PII never reaches a report: the run's identities' names and numbers appear in neither file
        int drawn = run.results().stream().mapToInt(ScenarioResult::journeys).sum();
        List<String> numbers = new IdentityPool(drawn, options.seed())
                .take(drawn).stream()
                        .map(io.onboarding.kyc.sandbox.Identity::idNumber)
                        .toList();
        for (String number : numbers) {
            assertThat(markdown).doesNotContain(number);
            for (Path json : run.json()) {
                assertThat(Files.readString(json)).doesNotContain(number);
            }
        }
    }

    /** Its rows add up to its totals, and every rate and CPU time it measured is a positive number. */
    private static void throughputIsConsistent(ScenarioResult throughput) {
        List<Figure> rows = throughput.figures().stream()
                .filter(f -> f.name().startsWith("["))
                .toList();
        assertThat(rows.stream()
                        .filter(f -> f.name().endsWith("] journeys completed with the correct outcome"))
                        .mapToDouble(Figure::value)
                        .sum())
                .as("throughput: the rows' journeys add up")
                .isEqualTo(value(throughput, "completed with the correct outcome"));
        List<Figure> rates = rows.stream()
                .filter(f -> f.name().endsWith("journeys per second end to end"))
                .filter(f -> !Double.isNaN(f.value()))
                .toList();
        assertThat(rates).as("throughput: a measured row").isNotEmpty();
        assertThat(rates).allSatisfy(f -> assertThat(f.value()).as(f.name()).isPositive());
        assertThat(rows.stream().filter(f -> f.name().contains("CPU of ")).toList())
                .as("throughput: CPU per journey per process")
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.value()).as(f.name()).isNotNegative());
    }

    /** Every journey measured, and both ratios (journeys and the direct baseline) positive, p99 not under p50. */
    private static void latencyIsConsistent(ScenarioResult latency) {
        assertThat(value(latency, "journeys measured (stopped, with vendor calls)"))
                .isEqualTo(value(latency, "completed with the correct outcome"));
        assertThat(value(latency, "direct baseline journeys")).isEqualTo(LatencyScenario.baselines(true));
        for (String measured : List.of("journey wall ÷ vendor latency", "direct baseline wall ÷ vendor latency")) {
            double p50 = value(latency, measured + ", p50");
            assertThat(p50).as(measured).isPositive();
            assertThat(value(latency, measured + ", p99")).as(measured).isGreaterThanOrEqualTo(p50);
        }
    }

    private static ScenarioResult named(Bench.Run run, String scenario) {
        return run.results().stream()
                .filter(r -> r.scenario().equals(scenario))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + scenario + " in the run"));
    }

    private static double value(ScenarioResult result, String figure, double otherwise) {
        return result.figure(figure).map(Figure::value).orElse(otherwise);
    }

    private static double value(ScenarioResult result, String figure) {
        return result.figure(figure)
                .orElseThrow(() -> new AssertionError(result.scenario() + " reports no figure \"" + figure + "\""))
                .value();
    }
}
