package io.onboarding.kyc.sandbox.auth;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.V1Client;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The older v1 signature, form-encoded, as the Node intl-en SDK sends it by default, over real HTTP. */
class V1SignatureIT extends SandboxHarness {

    private static final String ACTION = "IdCardOCRVerification";

    private Map<String, String> liMing(V1Client v1) {
        Map<String, String> parameters = v1.common(ACTION, "2018-03-01", null);
        parameters.put("IdCard", TestCards.LI_MING_ID);
        parameters.put("Name", "李明");
        return parameters;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, HmacSHA256", "POST, HmacSHA1", "GET, HmacSHA256", "GET, HmacSHA1"})
    void acceptsARequestSignedWithEitherAlgorithmByPostOrGet(String method, String algorithm) {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        parameters.put("SignatureMethod", algorithm);

        JsonNode response = v1.send(method, parameters, SandboxConfig.DEV_SECRET_KEY);

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Result").asText()).isEqualTo("0");
        assertThat(response.get("Name").asText()).isEqualTo("李明");
        LedgerEntry entry = sandbox.ledger().calls().get(0);
        assertThat(entry.action()).isEqualTo(ACTION);
        assertThat(entry.requestId()).isEqualTo(response.get("RequestId").asText());
        assertThat(entry.billable()).isTrue();
    }

    @Test
    void withoutSignatureMethodTheSignatureIsHmacSha1() {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        parameters.remove("SignatureMethod");

        assertThat(errorCode(v1.send("POST", parameters, SandboxConfig.DEV_SECRET_KEY)))
                .isNull();
    }

    @Test
    void acceptsTheHostSignedWithoutItsPort() {
        V1Client v1 = new V1Client(sandbox);

        assertThat(errorCode(v1.send("POST", liMing(v1), SandboxConfig.DEV_SECRET_KEY, "127.0.0.1")))
                .isNull();
    }

    @Test
    void booleansAndRegionReachTheOcrActionAsTheyWouldInJson() {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = v1.common("RecognizeMainlandIDCardOCR", "2018-11-19", "ap-singapore");
        parameters.put(
                "ImageBase64",
                TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.PNG)));
        parameters.put("CropPortrait", "true");
        parameters.put("CardSide", "FRONT");

        JsonNode response = v1.send("POST", parameters, SandboxConfig.DEV_SECRET_KEY);

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("IdNum").asText()).isEqualTo(TestCards.LI_MING_ID);
        assertThat(response.get("PortraitImage").asText()).isNotEmpty();
    }

    @Test
    void flattenedStructuresReachTheActionAsObjects() {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        parameters.put("Encryption.Algorithm", "AES-256-CBC");
        parameters.put("Encryption.CiphertextBlob", "blob");
        parameters.put("Encryption.EncryptList.0", "Name");
        parameters.put("Encryption.EncryptList.1", "IdCard");

        JsonNode response = v1.send("POST", parameters, SandboxConfig.DEV_SECRET_KEY);

        // Encryption is declared as an object: it passed the type check and the action tried to unwrap the key.
        assertThat(errorCode(response)).isEqualTo("FailedOperation.DecryptSystemError");
    }

    @Test
    void refusesParametersTheActionDoesNotDeclare() {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        parameters.put("Nationality", "CHN");

        JsonNode response = v1.send("POST", parameters, SandboxConfig.DEV_SECRET_KEY);

        assertThat(errorCode(response)).isEqualTo("UnknownParameter");
        assertThat(response.path("Error").path("Message").asText()).contains("Nationality");
    }

    @Test
    void refusesATamperedParameter() {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        String signature = V1Client.signature(
                SandboxConfig.DEV_SECRET_KEY,
                "HmacSHA256",
                "POST127.0.0.1:" + sandbox.port() + "/?" + V1Client.sortedPairs(parameters));
        parameters.put("Signature", signature);
        parameters.put("Name", "王芳");

        assertThat(errorCode(v1.sendAsIs("POST", parameters))).isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void refusesASignatureOverAnotherMethod() {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        parameters.put(
                "Signature",
                V1Client.signature(
                        SandboxConfig.DEV_SECRET_KEY,
                        "HmacSHA256",
                        "GET127.0.0.1:" + sandbox.port() + "/?" + V1Client.sortedPairs(parameters)));

        assertThat(errorCode(v1.sendAsIs("POST", parameters))).isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void refusesAnotherKeyAnUnknownSecretIdAndAnOldTimestamp() {
        V1Client v1 = new V1Client(sandbox);

        assertThat(errorCode(v1.send("POST", liMing(v1), "not-the-key"))).isEqualTo("AuthFailure.SignatureFailure");

        Map<String, String> stranger = liMing(v1);
        stranger.put("SecretId", "AKIDstranger");
        assertThat(errorCode(v1.send("POST", stranger, "key"))).isEqualTo("AuthFailure.SecretIdNotFound");

        Map<String, String> old = liMing(v1);
        old.put("Timestamp", Long.toString(Instant.now().getEpochSecond() - 301));
        assertThat(errorCode(v1.send("POST", old, SandboxConfig.DEV_SECRET_KEY)))
                .isEqualTo("AuthFailure.SignatureExpire");
    }

    @ParameterizedTest
    @CsvSource({"Nonce", "Timestamp", "SecretId", "Signature"})
    void refusesARequestWithoutARequiredCommonParameter(String missing) {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        parameters.put(
                "Signature",
                V1Client.signature(
                        SandboxConfig.DEV_SECRET_KEY,
                        "HmacSHA256",
                        "POST127.0.0.1:" + sandbox.port() + "/?" + V1Client.sortedPairs(parameters)));
        parameters.remove(missing);

        JsonNode response = v1.sendAsIs("POST", parameters);

        assertThat(errorCode(response)).isEqualTo("MissingParameter");
        assertThat(response.path("Error").path("Message").asText()).contains(missing);
    }

    @Test
    void checksActionVersionAndRegionFromTheParameters() {
        V1Client v1 = new V1Client(sandbox);

        Map<String, String> noAction = liMing(v1);
        noAction.remove("Action");
        assertThat(errorCode(v1.send("POST", noAction, SandboxConfig.DEV_SECRET_KEY)))
                .isEqualTo("MissingParameter");

        Map<String, String> wrongVersion = liMing(v1);
        wrongVersion.put("Version", "2017-01-01");
        assertThat(errorCode(v1.send("POST", wrongVersion, SandboxConfig.DEV_SECRET_KEY)))
                .isEqualTo("NoSuchVersion");

        Map<String, String> ocr = v1.common("RecognizeMainlandIDCardOCR", "2018-11-19", "ap-beijing");
        assertThat(errorCode(v1.send("POST", ocr, SandboxConfig.DEV_SECRET_KEY)))
                .isEqualTo("UnsupportedRegion");
    }

    @Test
    void aTemporaryKeyNeedsItsTokenAmongTheParameters() {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        parameters.put("SecretId", TEMP_SECRET_ID);

        assertThat(errorCode(v1.send("POST", parameters, TEMP_SECRET_KEY))).isEqualTo("AuthFailure.TokenFailure");

        parameters.put("Token", TEMP_TOKEN);
        assertThat(errorCode(v1.send("POST", parameters, TEMP_SECRET_KEY))).isNull();
    }

    @Test
    void theLanguageParameterSelectsChineseMessages() {
        V1Client v1 = new V1Client(sandbox);
        Map<String, String> parameters = liMing(v1);
        parameters.put("Language", "zh-CN");

        JsonNode response = v1.send("POST", parameters, "not-the-key");

        assertThat(errorCode(response)).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(response.path("Error").path("Message").asText()).contains("签名");
    }

    @Test
    void signsTheSortedDecodedParametersAsTencentDescribes() {
        // Reproduces the sandbox's string to sign from Tencent's description: method, host, "/?", sorted pairs.
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("Nonce", "11886");
        parameters.put("Action", "DescribeInstances");
        parameters.put("InstanceIds.0", "ins-09dx96dg");
        parameters.put("Signature", "ignored");

        assertThat(V1Authenticator.stringToSign("GET", "cvm.tencentcloudapi.com", parameters))
                .isEqualTo(
                        "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886");
        assertThat(V1Authenticator.algorithm(null)).isEqualTo("HmacSHA1");
        assertThat(V1Authenticator.algorithm("HmacSHA256")).isEqualTo("HmacSHA256");
        assertThat(V1Authenticator.algorithm("TC3-HMAC-SHA256")).isEqualTo("HmacSHA1");
    }
}
