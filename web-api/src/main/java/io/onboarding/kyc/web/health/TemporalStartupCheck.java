package io.onboarding.kyc.web.health;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.onboarding.kyc.contract.temporal.TemporalConnectionCheck;
import jakarta.inject.Singleton;

/**
 * The web API checks its Temporal settings as the context starts, before its HTTP server binds: a wrong target,
 * TLS setting or namespace stops the process with the setting's name, rather than serving requests that would
 * each wait on the SDK's retries. Readiness ({@link TemporalHealthIndicator}) keeps watching afterwards.
 */
@Singleton
class TemporalStartupCheck implements ApplicationEventListener<StartupEvent> {

    private final TemporalConnectionCheck check;

    TemporalStartupCheck(TemporalConnectionCheck check) {
        this.check = check;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        check.verify();
    }
}
