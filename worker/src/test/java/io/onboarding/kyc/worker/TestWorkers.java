package io.onboarding.kyc.worker;

import io.onboarding.kyc.contract.journey.JourneyIds;
import io.onboarding.kyc.devserver.TemporalDevServer;
import io.onboarding.kyc.store.journey.Journey;
import io.onboarding.kyc.store.journey.JourneyStore;
import io.onboarding.kyc.testing.TestDatabase;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** What the worker's integration tests start a worker with, and the journeys they give it. */
public final class TestWorkers {

    /** A payload and sealing key of zeros: tests only. */
    public static final String TEST_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private TestWorkers() {}

    /**
     * A worker's settings against the shared test database and Temporal dev server, with test keys, Tencent
     * credentials that are never called unless a test runs a journey, and a management port of its own.
     */
    public static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.shared().micronautProperties());
        properties.put("kyc.temporal.target", TemporalDevServer.shared().target());
        properties.put("kyc.temporal.namespace", TemporalDevServer.NAMESPACE);
        properties.put("kyc.temporal.payload-key", TEST_KEY);
        properties.put("kyc.sealing.key", TEST_KEY);
        properties.put("tencent.secret-id", "test-secret-id");
        properties.put("tencent.secret-key", "test-secret-key");
        properties.put("kyc.worker.management.port", TemporalDevServer.freePort());
        return properties;
    }

    /** A new running mainland journey in the read model, started by this key. */
    public static String runningJourney(JourneyStore journeys, String ownerKeyId) {
        String journeyId = JourneyIds.newJourneyId();
        Instant now = Instant.now();
        journeys.create(
                new Journey(journeyId, "cust-1", "CHN", "ID_CARD", "RUNNING", null, null, "", now, now, 0, ownerKeyId));
        return journeyId;
    }
}
