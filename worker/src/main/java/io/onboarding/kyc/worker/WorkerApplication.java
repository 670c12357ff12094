package io.onboarding.kyc.worker;

import io.micronaut.runtime.Micronaut;

/** The worker process: polls Temporal for journeys and Tencent calls; serves no HTTP. */
public final class WorkerApplication {

    private WorkerApplication() {}

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(WorkerApplication.class).start();
    }
}
