package io.onboarding.kyc.web;

import io.onboarding.kyc.testing.TestDatabase;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The properties every web API test starts the application with. */
public final class TestApplication {

    private TestApplication() {}

    /** A free port, this run's database, and fixed test keys (the payload key given as base64). */
    public static Map<String, String> properties(String payloadKey) {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.shared().micronautProperties().forEach((k, v) -> properties.put(k, v.toString()));
        properties.put("micronaut.server.port", "-1");
        properties.put("kyc.sealing.key", Base64.getEncoder().encodeToString(new byte[32]));
        properties.put("kyc.temporal.payload-key", payloadKey);
        // Tests share one database: only the reconciliation's own test lets it end journeys.
        properties.put("kyc.reconcile.enabled", "false");
        return properties;
    }
}
