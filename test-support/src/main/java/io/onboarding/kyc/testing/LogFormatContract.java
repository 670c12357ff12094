package io.onboarding.kyc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.MDC;

/**
 * What a process's logback.xml promises (the worker's and the web API's are the same): KYC_LOG_FORMAT=json writes
 * one JSON object per line, anything else leaves the lines for people. Each case configures a logger context of
 * its own from the file the module's jar ships; a module's {@code LogFormatTest} extends this with its package.
 */
// swaps System.out, which the console appender writes to
@Isolated
public abstract class LogFormatContract {

    private static final Path CONFIG = Path.of("src", "main", "resources", "logback.xml");
    private final ObjectMapper json = new ObjectMapper();

    /** A logger of the module's own packages, which its logback.xml writes from INFO. */
    protected abstract String loggerName();

    @Test
    public void jsonWritesOneObjectPerLineWithLevelLoggerThreadMdcAndException() throws Exception {
        List<String> lines = logWith("json");

        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("level").asText()).isEqualTo("INFO");
        assertThat(first.get("loggerName").asText()).isEqualTo(loggerName());
        assertThat(first.get("threadName").asText())
                .isEqualTo(Thread.currentThread().getName());
        assertThat(first.get("timestamp").asLong()).isPositive();
        assertThat(first.get("formattedMessage").asText()).isEqualTo("Journey jrn_1 moved to RUNNING");
        assertThat(first.get("mdc").get("journeyId").asText()).isEqualTo("jrn_1");
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("level").asText()).isEqualTo("WARN");
        assertThat(second.get("throwable").get("className").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(second.get("throwable").get("message").asText()).isEqualTo("boom");
    }

    @Test
    public void textIsTheDefault() throws Exception {
        List<String> lines = logWith(null);

        assertThat(lines.get(0))
                .matches(
                        "\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\[.+] \\S+Example" + " - Journey jrn_1 moved to RUNNING");
        assertThat(lines).noneMatch(line -> line.startsWith("{"));
    }

    /** Configures a fresh context as the process would with KYC_LOG_FORMAT={@code format}, logs, and reads stdout. */
    private List<String> logWith(String format) throws JoranException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        if (format != null) {
            // a context property stands in for the environment variable: logback looks there first
            context.putProperty("KYC_LOG_FORMAT", format);
        }
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(CONFIG.toFile());
            Logger log = context.getLogger(loggerName());
            MDC.put("journeyId", "jrn_1");
            try {
                log.info("Journey {} moved to {}", "jrn_1", "RUNNING");
            } finally {
                MDC.remove("journeyId");
            }
            log.warn("Activity failed", new IllegalStateException("boom"));
            context.getLogger("com.example.Chatty").info("below WARN outside our packages: not written");
        } finally {
            context.stop();
            System.setOut(stdout);
        }
        List<String> lines = new ArrayList<>();
        captured.toString(StandardCharsets.UTF_8).lines().forEach(lines::add);
        return lines;
    }
}
