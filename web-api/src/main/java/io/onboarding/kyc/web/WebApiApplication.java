package io.onboarding.kyc.web;

import io.micronaut.runtime.Micronaut;

/** The HTTP API for product flows and support staff. */
public final class WebApiApplication {

    private WebApiApplication() {}

    public static void main(String[] args) {
        // No banner: standard output carries log lines only, one JSON object each under KYC_LOG_FORMAT=json.
        Micronaut.build(args).mainClass(WebApiApplication.class).banner(false).start();
    }
}
