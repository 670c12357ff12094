package io.onboarding.kyc.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.onboarding.kyc.devstack.DevstackKeys.Seat;
import io.onboarding.kyc.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schemathesis, run by {@code bin/fuzz-api} as an outside process, fuzzes the whole system (as bin/devstack
 * runs it) from the OpenAPI document the web API serves: no answer may be a 5xx, nor have a status, content
 * type or body its operation does not document. The test fails with Schemathesis's report, which gives a
 * curl command for each finding.
 *
 * <p>Schemathesis comes from PyPI through {@code bin/schemathesis} (CI installs it first). A machine where it
 * cannot be installed fails here, saying why: a fuzz run that did not happen must not pass. The seed is fixed,
 * so a run is repeatable; {@code -Dfuzz.seed=...} tries others, {@code -Dfuzz.examples=...} more cases.
 */
class ApiFuzzIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path REPORTS = Path.of("target", "fuzz-api").toAbsolutePath();
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);
    /** bin/fuzz-api stops Schemathesis after this; the test waits a little longer for it to say so. */
    private static final Duration FUZZ_LIMIT = Duration.ofSeconds(150);

    private static final Pattern GENERATED = Pattern.compile("(\\d+) generated");

    private static Devstack devstack;

    @BeforeAll
    static void startDevstack() {
        TestDatabase db = TestDatabase.shared();
        devstack = Devstack.start(DevstackSettings.forTests(db.url(), db.user(), db.password()));
    }

    @AfterAll
    static void stopDevstack() {
        if (devstack != null) {
            devstack.close();
        }
    }

    @Test
    void fuzzingTheServedDocumentFindsNoServerErrorAndNothingUndocumented() throws Exception {
        Files.createDirectories(REPORTS);

        Run install = run(List.of(ROOT.resolve("bin/schemathesis").toString()), Map.of(), INSTALL_LIMIT, "install");
        if (install.exitCode() != 0) {
            fail("Schemathesis is not installed and bin/schemathesis could not install it (PyPI unreachable?);"
                    + " the API was not fuzzed:\n" + install.output());
        }

        Map<String, String> env = Map.of(
                "KYC_API_URL", devstack.webUrl(),
                "KYC_PRODUCT_KEY", devstack.apiKeys().secret(Seat.PRODUCT),
                "KYC_SUPPORT_KEY", devstack.apiKeys().secret(Seat.SUPPORT),
                "KYC_ADMIN_KEY", devstack.apiKeys().secret(Seat.ADMIN),
                "KYC_ENGINEER_KEY", devstack.apiKeys().secret(Seat.ENGINEER),
                "FUZZ_TIMEOUT", Long.toString(FUZZ_LIMIT.toSeconds()),
                "FUZZ_MAX_EXAMPLES", System.getProperty("fuzz.examples", "30"),
                "FUZZ_JOURNEYS", "3",
                "FUZZ_REPORT_DIR", REPORTS.toString());
        List<String> command =
                List.of(ROOT.resolve("bin/fuzz-api").toString(), "--seed", System.getProperty("fuzz.seed", "20261130"));
        Run fuzz = run(command, env, FUZZ_LIMIT.plusSeconds(30), "run");

        System.out.println(fuzz.output());
        assertThat(fuzz.exitCode())
                .as("bin/fuzz-api found failures (or did not finish); its report:%n%s", fuzz.output())
                .isZero();
        Matcher generated = GENERATED.matcher(fuzz.output());
        assertThat(generated.find() && Integer.parseInt(generated.group(1)) > 0)
                .as("Schemathesis tested no case at all; its report:%n%s", fuzz.output())
                .isTrue();
    }

    private record Run(int exitCode, String output) {}

    /** Runs a command in the repository with its output in a file; a run past its limit is killed and fails. */
    private static Run run(List<String> command, Map<String, String> env, Duration limit, String name)
            throws IOException, InterruptedException {
        Path output = REPORTS.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // Only the keys and bounds given here: none of a developer's FUZZ_* or KYC_* settings leak in.
        builder.environment().keySet().removeIf(k -> k.startsWith("FUZZ_") || k.startsWith("KYC_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return new Run(-1, read(output) + "\n(killed after " + limit.toSeconds() + " s: " + command + ")");
        }
        return new Run(process.exitValue(), read(output));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
