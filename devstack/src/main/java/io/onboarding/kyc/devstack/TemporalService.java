package io.onboarding.kyc.devstack;

import java.util.Optional;

/** The Temporal frontend the devstack's worker and web API talk to. */
interface TemporalService extends AutoCloseable {

    /** host:port of the gRPC frontend. */
    String target();

    /** The Web UI, where there is one. */
    Optional<String> uiUrl();

    /** Whether journeys survive a restart of the devstack. */
    boolean persistent();

    @Override
    void close();
}
