package io.onboarding.kyc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JDK the bench may run the workers on, by its home and feature release (17, 21, 25). The bench itself runs on
 * the stack's JDK; the throughput scenario looks for a newer one to compare virtual threads with platform threads.
 */
record Jdk(Path home, int feature) {

    /** Virtual threads are final from this release on. */
    static final int VIRTUAL_THREADS = 21;

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    /** The JDK this JVM runs on; {@code home} is {@code null}: the launcher's own java binary. */
    static Jdk current() {
        return new Jdk(null, Runtime.version().feature());
    }

    /**
     * A JDK with virtual threads: this one when it has them, else {@code KYC_BENCH_VT_JAVA_HOME}, else the newest
     * under {@code /usr/lib/jvm} (read from each home's {@code release} file).
     */
    static Optional<Jdk> withVirtualThreads(Map<String, String> env) {
        Jdk current = current();
        if (current.feature() >= VIRTUAL_THREADS) {
            return Optional.of(current);
        }
        String configured = env.get("KYC_BENCH_VT_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return at(Path.of(configured)).filter(jdk -> jdk.feature() >= VIRTUAL_THREADS);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            List<Jdk> found = homes.map(Jdk::at)
                    .flatMap(Optional::stream)
                    .filter(jdk -> jdk.feature() >= VIRTUAL_THREADS)
                    .sorted(Comparator.comparingInt(Jdk::feature).reversed())
                    .toList();
            return found.stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The JDK at {@code home}, if it has a java binary and a readable release file. */
    static Optional<Jdk> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin").resolve("java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher version = VERSION.matcher(Files.readString(release));
            return version.find()
                    ? Optional.of(new Jdk(home.toRealPath(), Integer.parseInt(version.group(1))))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    String label() {
        return "JDK " + feature;
    }
}
