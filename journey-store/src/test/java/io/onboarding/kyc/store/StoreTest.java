package io.onboarding.kyc.store;

import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The store's beans on a PostgreSQL database of the test run's own, with a fixed test sealing key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreTest implements TestPropertyProvider {

    static final String SEALING_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = database();
        properties.put("kyc.sealing.key", SEALING_KEY);
        return properties;
    }

    /** The test database alone, for a test that configures sealing its own way. */
    static Map<String, String> database() {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.shared().micronautProperties().forEach((k, v) -> properties.put(k, v.toString()));
        return properties;
    }
}
