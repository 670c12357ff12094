package io.onboarding.kyc.activities.tencent;

import io.micronaut.test.support.TestPropertyProvider;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.TencentSandbox;
import io.onboarding.kyc.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The activities' real beans against a sandbox over HTTP and a PostgreSQL database of the test run's own:
 * one sandbox per test class, a clean ledger per test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SandboxBackedTest implements TestPropertyProvider {

    protected final TencentSandbox sandbox =
            TencentSandbox.start(SandboxConfig.defaults().withPort(0));

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.shared().micronautProperties().forEach((k, v) -> properties.put(k, v.toString()));
        properties.put("kyc.sealing.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        properties.put("tencent.secret-id", SandboxConfig.DEV_SECRET_ID);
        properties.put("tencent.secret-key", SandboxConfig.DEV_SECRET_KEY);
        properties.put("tencent.ocr-endpoint", sandbox.endpoint());
        properties.put("tencent.faceid-endpoint", sandbox.endpoint());
        return properties;
    }

    @AfterAll
    protected void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    protected void clearLedger() {
        sandbox.ledger().clear();
        sandbox.faults().clear();
    }
}
