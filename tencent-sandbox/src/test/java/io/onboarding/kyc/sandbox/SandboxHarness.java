package io.onboarding.kyc.sandbox;

import io.onboarding.kyc.sandbox.auth.TemporaryCredential;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A sandbox on an ephemeral loopback port per test class, with a signing client and a clean ledger per test.
 * Request quotas are off: these tests are about what each action answers, and a fast machine would otherwise
 * reach the 20/s OCR limit and fail at random. {@code QuotaIT} covers the limits.
 */
public abstract class SandboxHarness {

    /** A temporary (STS-style) key the harness's sandbox accepts with {@link #TEMP_TOKEN} only. */
    public static final String TEMP_SECRET_ID = "AKIDsandboxTemporaryKey00000000000";

    public static final String TEMP_SECRET_KEY = "sandboxTemporarySecretKey00000000";
    public static final String TEMP_TOKEN = "sandbox-session-token-0001";

    protected static TencentSandbox sandbox;
    protected static SandboxClient client;

    @BeforeAll
    static void startSandbox() {
        sandbox = TencentSandbox.start(SandboxConfig.defaults()
                .withPort(0)
                .withQuotas(Map.of("*", 0))
                .withTemporaryCredentials(
                        List.of(new TemporaryCredential(TEMP_SECRET_ID, TEMP_SECRET_KEY, TEMP_TOKEN, null))));
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void clearLedgerAndFaults() {
        sandbox.ledger().clear();
        sandbox.faults().clear();
    }
}
