package io.onboarding.kyc.sandbox.config;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.kyc.sandbox.SandboxClient;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.TencentSandbox;
import io.onboarding.kyc.sandbox.action.ActionSettings;
import io.onboarding.kyc.sandbox.fault.FaultKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileIT {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsEverySetting() throws IOException {
        write("people.json", """
                {"identities": [{"name": "测试", "idNumber": "440524198701010014", "portraitSubject": "s-1"}]}
                """);
        Path file = write("sandbox.json", """
                {
                  "note": "a comment",
                  "host": "127.0.0.1",
                  "port": 0,
                  "credentials": {"AKIDmine": "myKey"},
                  "temporaryCredentials": [
                    {"secretId": "AKIDtemp", "secretKey": "tempKey", "token": "tok", "expiresAt": "2030-01-01T00:00:00Z"}
                  ],
                  "identities": "people.json",
                  "quotas": {"RecognizeMainlandIDCardOCR": 5, "*": 50},
                  "latencyMs": {"*": 10, "CheckIdCardInformation": 300},
                  "faults": [{"action": "IdCardOCRVerification", "kind": "error", "code": "InternalError", "rate": 0.25}],
                  "actions": {"dailyVerificationLimit": 3},
                  "adminToken": "t0ken"
                }
                """);

        SandboxConfig config = ConfigFile.read(file);

        assertThat(config.port()).isZero();
        assertThat(config.credentials()).containsExactly(Map.entry("AKIDmine", "myKey"));
        assertThat(config.temporaryCredentials()).singleElement().satisfies(temporary -> {
            assertThat(temporary.token()).isEqualTo("tok");
            assertThat(temporary.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        });
        assertThat(config.registry().all())
                .singleElement()
                .satisfies(identity -> assertThat(identity.name()).isEqualTo("测试"));
        assertThat(config.quotas())
                .containsEntry("RecognizeMainlandIDCardOCR", 5)
                .containsEntry("*", 50);
        assertThat(config.latencyMs()).containsEntry("CheckIdCardInformation", 300L);
        assertThat(config.faults()).singleElement().satisfies(fault -> {
            assertThat(fault.kind()).isEqualTo(FaultKind.ERROR);
            assertThat(fault.effectiveRate()).isEqualTo(0.25);
        });
        assertThat(config.actions().dailyVerificationLimit()).isEqualTo(3);
        assertThat(config.adminToken()).isEqualTo("t0ken");
    }

    @Test
    void actionSettingsLeftOutKeepTheirDefaults() {
        ActionSettings defaults = ActionSettings.defaults();

        ActionSettings settings =
                ConfigFile.actionSettings(SandboxClient.JSON.createObjectNode().put("pollingTimes", 9));

        assertThat(settings.pollingTimes()).isEqualTo(9);
        assertThat(settings.dailyVerificationLimit()).isEqualTo(defaults.dailyVerificationLimit());
        assertThat(settings.tokenTtlSeconds()).isEqualTo(defaults.tokenTtlSeconds());
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws IOException {
        SandboxConfig config = ConfigFile.read(write("empty.json", "{}"));

        assertThat(config).isEqualTo(SandboxConfig.defaults().withRegistry(config.registry()));
        assertThat(config.registry().all())
                .hasSameSizeAs(SandboxConfig.defaults().registry().all());
    }

    @Test
    void refusesUnknownKeysAndBadValuesWithAMessageThatSaysWhere() throws IOException {
        assertThatThrownBy(() -> ConfigFile.read(write("a.json", "{\"quota\": {}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quota");
        assertThatThrownBy(() -> ConfigFile.read(write("b.json", "{\"faults\": [{\"kind\": \"error\"}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("faults[0]")
                .hasMessageContaining("code");
        assertThatThrownBy(() -> ConfigFile.read(write("c.json", "{\"actions\": {\"pollingTimez\": 3}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pollingTimez");
        assertThatThrownBy(() -> ConfigFile.read(write("d.json", "{\"port\": \"9080\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> ConfigFile.read(write("e.json", "{not json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(
                        () -> ConfigFile.read(
                                write(
                                        "f.json",
                                        "{\"temporaryCredentials\": [{\"secretId\": \"a\", \"secretKey\": \"b\", \"token\": \"c\", \"expiresAt\": \"soon\"}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiresAt");
    }

    @Test
    void aSandboxStartedFromAFileHasItsCredentialsAndFaultsInForce() throws IOException {
        Path file = write("sandbox.json", """
                {"port": 0, "credentials": {"AKIDmine": "myKey"},
                 "faults": [{"action": "IdCardOCRVerification", "kind": "error", "code": "FailedOperation.OcrFailed"}]}
                """);
        try (TencentSandbox sandbox = TencentSandbox.start(ConfigFile.read(file))) {
            SandboxClient client = new SandboxClient(sandbox);
            Map<String, String> liMing = Map.of("IdCard", "440524198701010014", "Name", "李明");

            assertThat(errorCode(client.post("IdCardOCRVerification", liMing)))
                    .isEqualTo("AuthFailure.SecretIdNotFound");
            assertThat(errorCode(client.call("IdCardOCRVerification")
                            .credentials("AKIDmine", "myKey")
                            .send(liMing)))
                    .isEqualTo("FailedOperation.OcrFailed");
        }
    }

    @Test
    void aFaultForAnActionNotServedStopsTheStart() throws IOException {
        SandboxConfig config = ConfigFile.read(
                write("x.json", "{\"port\": 0, \"faults\": [{\"action\": \"Nope\", \"kind\": \"reset\"}]}"));

        assertThatThrownBy(() -> TencentSandbox.start(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nope");
    }

    /** The full example in docs/sandbox.md is what a tester copies: it must stay a valid configuration. */
    @Test
    void theDocumentedExampleIsValid() throws IOException {
        Path doc = Path.of("..", "docs", "sandbox.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Matcher example = Pattern.compile("<!-- example-config -->\\s*```json\\n(.*?)```", Pattern.DOTALL)
                .matcher(text);
        assertThat(example.find())
                .as("docs/sandbox.md has a json block after <!-- example-config -->")
                .isTrue();
        write(
                "identities.json",
                "{\"identities\": [{\"name\": \"测试\", \"idNumber\": \"440524198701010014\", "
                        + "\"portraitSubject\": \"s\"}]}");

        SandboxConfig config = ConfigFile.read(write("example.json", example.group(1)));

        try (TencentSandbox sandbox = TencentSandbox.start(config.withPort(0))) {
            assertThat(sandbox.faults().list()).hasSameSizeAs(config.faults());
        }
    }
}
