package io.onboarding.kyc.worker;

import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.util.Locale;

/**
 * Whether the worker runs Temporal's workflow and task threads as virtual threads ({@code kyc.worker.virtual-threads},
 * env {@code KYC_WORKER_VIRTUAL_THREADS}): {@code auto} (the default) switches them on when the runtime is JDK 21 or
 * newer, as DESIGN says; {@code true} forces them and is refused on an older runtime, where the SDK could only fail
 * later and less clearly; {@code false} keeps platform threads. The code stays at language level 17: the SDK makes
 * the virtual threads, this only asks for them.
 */
public record VirtualThreads(boolean on) {

    /** The first JDK with virtual threads as a final feature. */
    static final int FIRST_JDK = 21;

    public static final VirtualThreads OFF = new VirtualThreads(false);

    /** The setting as configured, for the JDK this process runs on. */
    public static VirtualThreads of(String setting) {
        return of(setting, Runtime.version().feature());
    }

    static VirtualThreads of(String setting, int jdk) {
        String value = setting == null ? "" : setting.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "", "auto" -> {
                return new VirtualThreads(jdk >= FIRST_JDK);
            }
            case "false", "off" -> {
                return OFF;
            }
            case "true", "on" -> {
                if (jdk < FIRST_JDK) {
                    throw new IllegalStateException("kyc.worker.virtual-threads (KYC_WORKER_VIRTUAL_THREADS) is on, but"
                            + " this JVM is JDK " + jdk + ": virtual threads need JDK " + FIRST_JDK
                            + " or newer; run the worker on a newer JDK, or set it to auto or false");
                }
                return new VirtualThreads(true);
            }
            default ->
                throw new IllegalStateException("kyc.worker.virtual-threads (KYC_WORKER_VIRTUAL_THREADS) is \""
                        + setting + "\": use auto, true or false");
        }
    }

    WorkerFactoryOptions.Builder factoryOptions() {
        return WorkerFactoryOptions.newBuilder().setUsingVirtualWorkflowThreads(on);
    }

    /** {@code options} with the task threads (pollers and executors of every kind) as this setting says. */
    WorkerOptions.Builder applyTo(WorkerOptions.Builder options) {
        return options.setUsingVirtualThreads(on);
    }
}
