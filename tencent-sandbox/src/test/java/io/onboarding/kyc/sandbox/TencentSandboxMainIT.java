package io.onboarding.kyc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code bin/sandbox} runs: arguments, overrides and the start-up banner. */
class TencentSandboxMainIT {

    @TempDir
    Path dir;

    @Test
    void readsTheConfigFileAndLetsSystemPropertiesOverrideHostAndPort() throws IOException {
        Path file = Files.writeString(
                dir.resolve("s.json"), "{\"host\": \"127.0.0.2\", \"port\": 9999, \"adminToken\": \"x\"}");

        assertThat(TencentSandbox.configure(new String[] {"--config", file.toString()})
                        .port())
                .isEqualTo(9999);
        System.setProperty("sandbox.port", "0");
        try {
            SandboxConfig config = TencentSandbox.configure(new String[] {"--config=" + file});
            assertThat(config.port()).isZero();
            assertThat(config.host()).isEqualTo("127.0.0.2");
            assertThat(config.adminToken()).isEqualTo("x");
        } finally {
            System.clearProperty("sandbox.port");
        }
    }

    @Test
    void refusesUnknownArguments() {
        assertThatThrownBy(() -> TencentSandbox.configure(new String[] {"--port", "1"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--port");
    }

    @Test
    void theBannerShowsAddressCredentialsActionsAndAdminUrls() {
        SandboxConfig config = SandboxConfig.defaults().withPort(0);
        try (TencentSandbox sandbox = TencentSandbox.start(config)) {
            assertThat(banner(sandbox, config))
                    .contains(
                            sandbox.endpoint(),
                            SandboxConfig.DEV_SECRET_ID,
                            SandboxConfig.DEV_SECRET_KEY,
                            sandbox.endpoint() + "/_sandbox/calls",
                            sandbox.endpoint() + "/_sandbox/faults",
                            sandbox.endpoint() + "/_sandbox/quotas",
                            "    faceid 2018-03-01  IdCardOCRVerification, CheckIdCardInformation, ApplyCardVerification, "
                                    + "GetCardVerificationResult" + System.lineSeparator(),
                            "    ocr 2018-11-19  RecognizeMainlandIDCardOCR, IDCardOCR, ApplyCardVerificationExternal, "
                                    + "GetCardVerificationExternalResult" + System.lineSeparator());
        }
    }

    @Test
    void theBannerSaysWhenTheAdminApiIsDisabled() {
        SandboxConfig config = SandboxConfig.defaults().withHost("0.0.0.0").withPort(0);
        try (TencentSandbox sandbox = TencentSandbox.start(config)) {
            assertThat(banner(sandbox, config)).contains("disabled").doesNotContain("/_sandbox/calls");
        }
    }

    private static String banner(TencentSandbox sandbox, SandboxConfig config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sandbox.printBanner(config, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
