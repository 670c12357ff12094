package io.onboarding.kyc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run leaves behind: a table per scenario on standard output, a section in {@code docs/benchmarks.md} (date,
 * commit, cores, memory, JDK, then the tables), and {@code <scenario>-<timestamp>.json} per scenario for comparisons.
 * Only counts, rates and durations: no names, ID numbers or images.
 */
final class BenchReport {

    private static final DateTimeFormatter HEADING =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Machine machine;
    private final String stack;
    private final Instant at;

    BenchReport(Machine machine, String stack, Instant at) {
        this.machine = machine;
        this.stack = stack;
        this.at = at;
    }

    /** The table of one scenario, in Markdown (which reads well in a terminal too). */
    static String table(ScenarioResult result) {
        StringBuilder out = new StringBuilder();
        out.append("### ")
                .append(result.scenario())
                .append(result.smoke() ? " (smoke)" : "")
                .append(": ")
                .append(result.journeys())
                .append(" journeys");
        if (result.skipped() != null) {
            return out.append(", skipped: ")
                    .append(result.skipped())
                    .append('\n')
                    .toString();
        }
        out.append(String.format(
                java.util.Locale.ROOT, ", %.1f s%n%n", result.took().toMillis() / 1000.0));
        out.append("| figure | value | goal | met |\n|---|---:|---|---|\n");
        for (Figure figure : result.figures()) {
            out.append("| ")
                    .append(figure.name())
                    .append(" | ")
                    .append(figure.shown())
                    .append(" | ")
                    .append(figure.goal())
                    .append(" | ")
                    .append(figure.met() == null ? "" : figure.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        if (!result.notes().isEmpty()) {
            out.append('\n');
            for (String note : result.notes()) {
                out.append("- ").append(note).append('\n');
            }
        }
        return out.toString();
    }

    /** The run's section for docs/benchmarks.md: a heading with the date and commit, the machine, the tables. */
    String section(List<ScenarioResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("\n## ")
                .append(HEADING.format(at))
                .append(" UTC, commit ")
                .append(machine.commit())
                .append(": `bin/bench`")
                .append(results.stream().anyMatch(ScenarioResult::smoke) ? " --smoke" : "")
                .append("\n\n");
        out.append("- Machine: ")
                .append(machine.cores())
                .append(" cores (nproc), memory ")
                .append(machine.memory())
                .append(", load average at the end ")
                .append(machine.loadAverage())
                .append('\n');
        out.append("- JDK: ")
                .append(machine.jdk())
                .append("; ")
                .append(machine.os())
                .append('\n');
        out.append("- Stack: ").append(stack.replaceAll("; logs in [^;]*", "")).append("\n\n");
        for (ScenarioResult result : results) {
            out.append(table(result)).append('\n');
        }
        return out.toString();
    }

    void append(Path markdown, List<ScenarioResult> results) {
        try {
            if (!Files.exists(markdown)) {
                Files.createDirectories(markdown.toAbsolutePath().getParent());
                Files.writeString(markdown, "# Benchmarks\n", StandardCharsets.UTF_8);
            }
            Files.writeString(markdown, section(results), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to " + markdown, e);
        }
    }

    /** {@code <scenario>-<timestamp>.json} in {@code directory}; returns the file. */
    Path writeJson(Path directory, ScenarioResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", result.scenario());
        json.put("smoke", result.smoke());
        json.put("journeys", result.journeys());
        json.put("started", result.started().toString());
        json.put("seconds", result.took().toMillis() / 1000.0);
        json.put("skipped", result.skipped());
        Map<String, Object> machineJson = new LinkedHashMap<>();
        machineJson.put("cores", machine.cores());
        machineJson.put("memory", machine.memory());
        machineJson.put("jdk", machine.jdk());
        machineJson.put("os", machine.os());
        machineJson.put("commit", machine.commit());
        machineJson.put("loadAverage", machine.loadAverage());
        json.put("machine", machineJson);
        json.put("stack", stack);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Figure figure : result.figures()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", figure.name());
            row.put("value", Double.isNaN(figure.value()) ? null : figure.value());
            row.put("unit", figure.unit());
            row.put("goal", figure.goal());
            row.put("met", figure.met());
            figures.add(row);
        }
        json.put("figures", figures);
        json.put("notes", result.notes());
        Path file = directory.resolve(result.scenario() + "-" + FILE_STAMP.format(at) + ".json");
        try {
            Files.createDirectories(directory);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return file;
    }
}
