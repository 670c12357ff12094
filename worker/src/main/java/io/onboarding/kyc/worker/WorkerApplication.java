package io.onboarding.kyc.worker;

import io.micronaut.runtime.Micronaut;

/**
 * The worker process: polls Temporal for journeys and Tencent calls, and serves only probes and metrics on a
 * management port of its own (application-worker.yml), on loopback unless an operator binds it wider.
 */
public final class WorkerApplication {

    /**
     * The environment only the worker's own process runs in. Its settings (the management server's host and
     * port, which routes it serves) stay out of {@code application.yml}, which devstack also reads when it
     * runs worker and web API in one context: there the web API's server, on its port, serves both.
     */
    public static final String ENVIRONMENT = "worker";

    private WorkerApplication() {}

    public static void main(String[] args) {
        micronaut(args).start();
    }

    /**
     * The worker as its own process, not yet started. No banner: standard output carries log lines only, which a
     * collector reads one JSON object per line under {@code KYC_LOG_FORMAT=json}.
     */
    public static Micronaut micronaut(String... args) {
        return Micronaut.build(args)
                .mainClass(WorkerApplication.class)
                .environments(ENVIRONMENT)
                .banner(false);
    }
}
