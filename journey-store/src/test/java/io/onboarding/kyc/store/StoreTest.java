package io.onboarding.kyc.store;

import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The store's beans on a PostgreSQL database of the test run's own, with a fixed test sealing key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.shared().micronautProperties().forEach((k, v) -> properties.put(k, v.toString()));
        properties.put("kyc.sealing.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        return properties;
    }
}
