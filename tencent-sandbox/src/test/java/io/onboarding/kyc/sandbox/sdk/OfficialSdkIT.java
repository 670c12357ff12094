package io.onboarding.kyc.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import io.onboarding.kyc.sandbox.SandboxClient;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignCardGenerator;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.SampleForeignCards;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tencent's own Java SDK ({@code tencentcloud-sdk-java-common}) against the sandbox, configured as a user would
 * configure it for a custom endpoint: the proof that a real client cannot tell the sandbox from the service.
 */
class OfficialSdkIT extends SandboxHarness {

    private static final String FACEID = "2018-03-01";
    private static final String OCR = "2018-11-19";

    private static CommonClient client(
            String product, String version, String region, Credential credential, ClientProfile profile) {
        HttpProfile http = profile.getHttpProfile();
        http.setEndpoint("127.0.0.1:" + sandbox.port());
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setReadTimeout(20);
        return new CommonClient(product, version, credential, region, profile);
    }

    private static CommonClient client(String product, String version, String region) {
        return client(product, version, region, devCredential(), new ClientProfile());
    }

    private static Credential devCredential() {
        return new Credential(SandboxConfig.DEV_SECRET_ID, SandboxConfig.DEV_SECRET_KEY);
    }

    private static JsonNode response(String json) throws IOException {
        return SandboxClient.JSON.readTree(json).get("Response");
    }

    private static String liMingJson() {
        return "{\"IdCard\":\"" + TestCards.LI_MING_ID + "\",\"Name\":\"李明\"}";
    }

    private static String frontImageJson() {
        return "{\"ImageBase64\":\""
                + TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.JPEG)) + "\"}";
    }

    @Test
    void recognizeMainlandIdCardOcr() throws Exception {
        JsonNode response =
                response(client("ocr", OCR, "ap-singapore").call("RecognizeMainlandIDCardOCR", frontImageJson()));

        assertThat(response.get("IdNum").asText()).isEqualTo(TestCards.LI_MING_ID);
        assertThat(response.get("RequestId").asText()).hasSize(36);
    }

    @Test
    void idCardOcrVerification() throws Exception {
        // The SDK sends X-TC-Region even for a regionless action; an empty one is what a user without a region sends.
        JsonNode response = response(client("faceid", FACEID, "").call("IdCardOCRVerification", liMingJson()));

        assertThat(response.get("Result").asText()).isEqualTo("0");
    }

    @Test
    void checkIdCardInformation() throws Exception {
        JsonNode response =
                response(client("faceid", FACEID, "ap-singapore").call("CheckIdCardInformation", frontImageJson()));

        assertThat(response.get("Result").asText()).isEqualTo("Success");
        assertThat(response.get("Sim").asDouble()).isGreaterThan(70);
    }

    @Test
    void idCardOcrOnTheMainlandSite() throws Exception {
        String json = "{\"ImageBase64\":\""
                + TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.PNG))
                + "\",\"CardSide\":\"FRONT\",\"Config\":\"{\\\"CopyWarn\\\":true}\"}";

        JsonNode response = response(client("ocr", OCR, "ap-guangzhou").call("IDCardOCR", json));

        assertThat(response.get("IdNum").asText()).isEqualTo(TestCards.LI_MING_ID);
        assertThat(response.get("AdvancedInfo").isTextual()).isTrue();
    }

    @Test
    void applyCardVerificationThenPollTheResult() throws Exception {
        ForeignCard card = SampleForeignCards.of(IssuingCountry.SGP, ForeignDocumentType.ID_CARD);
        String apply = "{\"Nationality\":\"SGP\",\"CardType\":\"ID_CARD\",\"ImageBase64Front\":\""
                + TestCards.base64(ForeignCardGenerator.front(card, ImageEncoding.JPEG)) + "\",\"ImageBase64Back\":\""
                + TestCards.base64(ForeignCardGenerator.back(card, ImageEncoding.JPEG)) + "\"}";
        CommonClient sdk = client("faceid", FACEID, "ap-singapore");

        JsonNode applied = response(sdk.call("ApplyCardVerification", apply));
        String token = applied.get("CardVerificationToken").asText();
        int maxPolls = applied.get("AsyncCardVerificationMaxPollingTimes").asInt();
        String status = "PROCESSING";
        JsonNode result = null;
        for (int poll = 0; poll < maxPolls && status.equals("PROCESSING"); poll++) {
            result = response(sdk.call("GetCardVerificationResult", "{\"CardVerificationToken\":\"" + token + "\"}"));
            status = result.get("Status").asText();
        }

        assertThat(token).isNotBlank();
        assertThat(status).isEqualTo("PASSED");
        assertThat(result.get("Nationality").asText()).isEqualTo("SGP");
    }

    /**
     * The successor pair on the OCR product, as the engine's client calls it: Tencent's SDK calls
     * ApplyCardVerificationExternal then polls GetCardVerificationExternalResult until the verdict.
     */
    @Test
    void applyCardVerificationExternalThenPollTheResult() throws Exception {
        ForeignCard card = SampleForeignCards.of(IssuingCountry.SGP, ForeignDocumentType.ID_CARD);
        String apply = "{\"Nationality\":\"SGP\",\"CardType\":\"ID_CARD\",\"ReturnHeadImage\":true,"
                + "\"ImageBase64Front\":\"" + TestCards.base64(ForeignCardGenerator.front(card, ImageEncoding.JPEG))
                + "\",\"ImageBase64Back\":\"" + TestCards.base64(ForeignCardGenerator.back(card, ImageEncoding.JPEG))
                + "\"}";
        CommonClient sdk = client("ocr", OCR, "ap-singapore");

        JsonNode applied = response(sdk.call("ApplyCardVerificationExternal", apply));
        String token = applied.get("CardVerificationToken").asText();
        String status = "PROCESSING";
        JsonNode result = null;
        for (int poll = 0; poll < 10 && status.equals("PROCESSING"); poll++) {
            result = response(
                    sdk.call("GetCardVerificationExternalResult", "{\"CardVerificationToken\":\"" + token + "\"}"));
            status = result.get("Status").asText();
        }

        assertThat(token).isNotBlank();
        assertThat(status).isEqualTo("PASSED");
        assertThat(result.get("CardVerificationToken").asText()).isEqualTo(token);
        assertThat(result.get("CardInfo").get("LicenseNumber").asText()).isEqualTo(card.documentNumber());
        assertThat(result.get("BackCardInfo").get("LicenseNumber").asText()).isEqualTo(card.documentNumber());
        assertThat(result.get("HeadImageBase64").asText()).isNotEmpty();
        assertThat(sandbox.ledger().calls())
                .extracting(entry -> entry.action())
                .startsWith("ApplyCardVerificationExternal", "GetCardVerificationExternalResult");

        TencentCloudSDKException elsewhere = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client("ocr", OCR, "ap-hongkong")
                        .call("GetCardVerificationExternalResult", "{\"CardVerificationToken\":\"" + token + "\"}"));
        assertThat(elsewhere.getErrorCode()).isEqualTo("UnsupportedRegion");
    }

    @Test
    void signatureFailuresReachTheSdkAsErrorCodes() {
        TencentCloudSDKException wrongKey = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client(
                                "faceid",
                                FACEID,
                                "",
                                new Credential(SandboxConfig.DEV_SECRET_ID, "not-the-key"),
                                new ClientProfile())
                        .call("IdCardOCRVerification", liMingJson()));
        TencentCloudSDKException unknownId = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client(
                                "faceid",
                                FACEID,
                                "",
                                new Credential("AKIDstranger", SandboxConfig.DEV_SECRET_KEY),
                                new ClientProfile())
                        .call("IdCardOCRVerification", liMingJson()));

        assertThat(wrongKey.getErrorCode()).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(wrongKey.getRequestId()).hasSize(36);
        assertThat(unknownId.getErrorCode()).isEqualTo("AuthFailure.SecretIdNotFound");
    }

    @Test
    void routingErrorsReachTheSdkAsErrorCodes() {
        TencentCloudSDKException invalidAction = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client("faceid", FACEID, "").call("DescribeInstances", "{}"));
        TencentCloudSDKException noSuchVersion = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client("faceid", "2017-01-01", "").call("IdCardOCRVerification", liMingJson()));
        TencentCloudSDKException unsupportedRegion = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client("ocr", OCR, "ap-beijing").call("RecognizeMainlandIDCardOCR", frontImageJson()));
        TencentCloudSDKException unknownParameter = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client("faceid", FACEID, "")
                        .call("IdCardOCRVerification", "{\"IdCard\":\"x\",\"Colour\":\"red\"}"));

        assertThat(invalidAction.getErrorCode()).isEqualTo("InvalidAction");
        assertThat(noSuchVersion.getErrorCode()).isEqualTo("NoSuchVersion");
        assertThat(unsupportedRegion.getErrorCode()).isEqualTo("UnsupportedRegion");
        assertThat(unknownParameter.getErrorCode()).isEqualTo("UnknownParameter");
    }

    @Test
    void temporaryCredentialsTravelAsXTcToken() throws Exception {
        JsonNode response = response(client(
                        "faceid",
                        FACEID,
                        "",
                        new Credential(TEMP_SECRET_ID, TEMP_SECRET_KEY, TEMP_TOKEN),
                        new ClientProfile())
                .call("IdCardOCRVerification", liMingJson()));
        TencentCloudSDKException wrongToken = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client(
                                "faceid",
                                FACEID,
                                "",
                                new Credential(TEMP_SECRET_ID, TEMP_SECRET_KEY, "forged"),
                                new ClientProfile())
                        .call("IdCardOCRVerification", liMingJson()));

        assertThat(response.get("Result").asText()).isEqualTo("0");
        assertThat(wrongToken.getErrorCode()).isEqualTo("AuthFailure.TokenFailure");
    }

    @Test
    void theLanguageSettingSelectsChineseOrEnglishMessages() {
        ClientProfile chinese = new ClientProfile();
        chinese.setLanguage(Language.ZH_CN);
        ClientProfile english = new ClientProfile();
        english.setLanguage(Language.EN_US);

        TencentCloudSDKException inChinese = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client("faceid", FACEID, "", devCredential(), chinese)
                        .call("IdCardOCRVerification", "{\"Colour\":\"red\"}"));
        TencentCloudSDKException inEnglish = catchThrowableOfType(
                TencentCloudSDKException.class,
                () -> client("faceid", FACEID, "", devCredential(), english)
                        .call("IdCardOCRVerification", "{\"Colour\":\"red\"}"));

        assertThat(inChinese.getErrorCode()).isEqualTo("UnknownParameter");
        assertThat(inChinese.getMessage()).containsPattern("\\p{IsHan}");
        assertThat(inEnglish.getMessage()).contains("Colour").doesNotContainPattern("\\p{IsHan}");
    }

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource({
        "HmacSHA256, POST",
        "HmacSHA1, POST",
        "HmacSHA256, GET",
        "HmacSHA1, GET",
        "TC3-HMAC-SHA256, GET",
        "TC3-HMAC-SHA256, POST"
    })
    void theSdksOtherSigningModesWork(String signMethod, String httpMethod) throws Exception {
        ClientProfile profile = new ClientProfile(signMethod, new HttpProfile());
        profile.getHttpProfile().setReqMethod(httpMethod);
        CommonClient sdk = client("faceid", FACEID, "", devCredential(), profile);

        JsonNode response = response(sdk.commonRequest(
                new SdkModels.IdCardOcrVerificationRequest(TestCards.LI_MING_ID, "李明"), "IdCardOCRVerification"));

        assertThat(response.get("Result").asText()).isEqualTo("0");
    }

    @Test
    void theSdksV1ModeFlattensAnImageRequestTheSandboxUnderstands() throws Exception {
        ClientProfile profile = new ClientProfile(ClientProfile.SIGN_SHA256, new HttpProfile());
        String image = TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.PNG));

        JsonNode response = response(client("ocr", OCR, "ap-singapore", devCredential(), profile)
                .commonRequest(
                        new SdkModels.RecognizeMainlandIdCardOcrRequest(image, true), "RecognizeMainlandIDCardOCR"));

        assertThat(response.get("IdNum").asText()).isEqualTo(TestCards.LI_MING_ID);
        assertThat(response.get("PortraitImage").asText()).isNotEmpty();
    }

    @Test
    void everySdkCallIsInTheLedger() throws Exception {
        String json = client("faceid", FACEID, "").call("IdCardOCRVerification", liMingJson());

        assertThat(sandbox.ledger().calls()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("IdCardOCRVerification");
            assertThat(entry.requestId())
                    .isEqualTo(SandboxClient.JSON
                            .readTree(json)
                            .at("/Response/RequestId")
                            .asText());
            assertThat(entry.billable()).isTrue();
        });
    }
}
