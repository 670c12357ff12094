package io.onboarding.kyc.web;

import io.micronaut.runtime.Micronaut;

/** The HTTP API for product flows and support staff. */
public final class WebApiApplication {

    private WebApiApplication() {}

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(WebApiApplication.class).start();
    }
}
