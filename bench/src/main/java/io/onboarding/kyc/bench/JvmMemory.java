package io.onboarding.kyc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of the stack's processes, as the operating system and the JVM see it (Linux). A worker's heap is read
 * after a full collection forced with {@code jcmd PID GC.run}, then {@code GC.heap_info}: that is the live set,
 * which is what a parked journey costs. A management endpoint's heap gauge cannot force the collection and so
 * reads live data plus whatever garbage the last cycle left, which at a few KB per journey drowns the figure.
 */
final class JvmMemory {

    /** A heap (or generation) line of {@code GC.heap_info}: "garbage-first heap total 262144K, used 51234K". */
    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private JvmMemory() {}

    /** The process's heap in use after a full collection, in bytes. */
    static long heapAfterGc(long pid) {
        jcmd(pid, "GC.run");
        long used = 0;
        for (String line : jcmd(pid, "GC.heap_info")) {
            if (line.contains("Metaspace")) {
                break; // the generations come first; what follows is not heap
            }
            Matcher m = USED.matcher(line);
            if (m.find()) {
                used += Long.parseLong(m.group(1)) * 1024;
            }
        }
        if (used == 0) {
            throw new IllegalStateException("jcmd " + pid + " GC.heap_info gave no heap figure");
        }
        return used;
    }

    /** The process's resident set ({@code VmRSS} of {@code /proc/PID/status}), in bytes. */
    static long resident(long pid) {
        try {
            Matcher m = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            if (!m.find()) {
                throw new IllegalStateException("/proc/" + pid + "/status has no VmRSS");
            }
            return Long.parseLong(m.group(1)) * 1024;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read /proc/" + pid + "/status", e);
        }
    }

    private static List<String> jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
                    .redirectErrorStream(true)
                    .start();
            List<String> lines = new ArrayList<>();
            try (var out = process.inputReader(StandardCharsets.UTF_8)) {
                out.lines().forEach(lines::add);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + lines);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running jcmd", e);
        }
    }
}
