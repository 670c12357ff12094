package io.onboarding.kyc.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A sandbox on an ephemeral loopback port per test class, with a signing client and a clean ledger per test. */
public abstract class SandboxHarness {

    protected static TencentSandbox sandbox;
    protected static SandboxClient client;

    @BeforeAll
    static void startSandbox() {
        sandbox = TencentSandbox.start(SandboxConfig.defaults().withPort(0));
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void clearLedger() {
        sandbox.ledger().clear();
    }
}
