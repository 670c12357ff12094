package io.onboarding.kyc.devstack.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's CPU time (user and system) so far, from Linux's {@code /proc/<pid>/stat}. */
public final class ProcessCpu {

    /** USER_HZ: Linux reports these fields in it, and it has been 100 on every common platform since 2.6. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {}

    /** CPU seconds used by the process so far, or -1 when it is gone or this is not Linux. */
    public static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
