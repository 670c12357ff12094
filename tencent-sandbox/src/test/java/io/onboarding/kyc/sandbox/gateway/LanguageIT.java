package io.onboarding.kyc.sandbox.gateway;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.protocol.CommonErrors;
import io.onboarding.kyc.sandbox.protocol.Language;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@code X-TC-Language}: English by default, Chinese on request, for the common errors. */
class LanguageIT extends SandboxHarness {

    private static final String ACTION = "IdCardOCRVerification";
    private static final Map<String, String> LI_MING = Map.of("IdCard", TestCards.LI_MING_ID, "Name", "李明");

    private static String message(JsonNode response) {
        return response.path("Error").path("Message").asText();
    }

    @Test
    void commonErrorsAreInEnglishByDefaultAndInChineseOnRequest() {
        JsonNode english = client.call(ACTION)
                .credentials(SandboxConfig.DEV_SECRET_ID, "wrong")
                .send(LI_MING);
        JsonNode chinese = client.call(ACTION)
                .credentials(SandboxConfig.DEV_SECRET_ID, "wrong")
                .language("zh-CN")
                .send(LI_MING);
        JsonNode explicitEnglish = client.call(ACTION)
                .credentials(SandboxConfig.DEV_SECRET_ID, "wrong")
                .language("en-US")
                .send(LI_MING);

        assertThat(errorCode(chinese)).isEqualTo(errorCode(english)).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(message(english)).startsWith("The provided credentials");
        assertThat(message(explicitEnglish)).isEqualTo(message(english));
        assertThat(message(chinese)).startsWith("签名错误");
    }

    @Test
    void parameterisedMessagesNameTheParameterInBothLanguages() {
        String ocr = "RecognizeMainlandIDCardOCR";
        namesInBothLanguages(
                "`Version`",
                "缺少",
                language -> client.call(ACTION).version(null).language(language).send(LI_MING));
        namesInBothLanguages(
                "`Region`",
                "缺少",
                language -> client.call(ocr).region(null).language(language).send(Map.of()));
        namesInBothLanguages(
                "`ap-beijing`",
                "不支持地域",
                language ->
                        client.call(ocr).region("ap-beijing").language(language).send(Map.of()));
        namesInBothLanguages(
                "`2000-01-01`",
                "不存在版本",
                language -> client.call(ACTION)
                        .version("2000-01-01")
                        .language(language)
                        .send(LI_MING));
        namesInBothLanguages(
                "`NoSuchAction`",
                "不存在",
                language -> client.call("NoSuchAction")
                        .service("127")
                        .language(language)
                        .send(LI_MING));
        namesInBothLanguages(
                "`Colour`",
                "未定义",
                language -> client.call(ACTION).language(language).send(Map.of("Colour", "red")));
        namesInBothLanguages(
                "`Name`",
                "类型应为",
                language -> client.call(ACTION)
                        .language(language)
                        .send(Map.of("Name", 42, "IdCard", TestCards.LI_MING_ID)));
    }

    /** The same error in English and Chinese, each naming {@code quoted}, the Chinese one saying {@code chinese}. */
    private static void namesInBothLanguages(String quoted, String chinese, Function<String, JsonNode> call) {
        JsonNode inEnglish = call.apply("en-US");
        JsonNode inChinese = call.apply("zh-CN");

        assertThat(errorCode(inChinese)).isEqualTo(errorCode(inEnglish)).isNotNull();
        assertThat(message(inEnglish)).as(errorCode(inEnglish)).contains(quoted).doesNotContainPattern("\\p{IsHan}");
        assertThat(message(inChinese)).as(errorCode(inChinese)).contains(quoted, chinese);
    }

    @Test
    void everyRoutingAndAuthenticationErrorHasAChineseMessage() {
        long old = Instant.now().getEpochSecond() - 1_000;
        JsonNode[] answers = {
            client.call(ACTION).credentials("AKIDnobody", "x").language("zh-CN").send(LI_MING),
            client.call(ACTION).timestamp(old).language("zh-CN").send(LI_MING),
            client.call(ACTION).authorization(null).language("zh-CN").send(LI_MING),
            client.call("NoSuchAction").service("127").language("zh-CN").send(LI_MING),
            client.call(ACTION).version("2000-01-01").language("zh-CN").send(LI_MING),
            client.call("RecognizeMainlandIDCardOCR")
                    .region("ap-beijing")
                    .language("zh-CN")
                    .send(Map.of()),
            client.call(ACTION).language("zh-CN").send(Map.of("Colour", "red")),
            client.call(ACTION)
                    .credentials(TEMP_SECRET_ID, TEMP_SECRET_KEY)
                    .language("zh-CN")
                    .send(LI_MING)
        };

        for (JsonNode answer : answers) {
            assertThat(message(answer)).as(errorCode(answer)).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void anActionsOwnMessagePassesThroughUnchanged() {
        JsonNode english = client.post("CheckIdCardInformation", Map.of("ImageBase64", "bm90IGFuIGltYWdl"));
        JsonNode chinese =
                client.call("CheckIdCardInformation").language("zh-CN").send(Map.of("ImageBase64", "bm90IGFuIGltYWdl"));

        assertThat(errorCode(chinese)).isEqualTo(errorCode(english)).startsWith("FailedOperation.");
        assertThat(message(chinese)).isEqualTo(message(english));
    }

    @Test
    void anUnknownLanguageIsEnglish() {
        assertThat(Language.fromTag("fr-FR")).isEqualTo(Language.EN_US);
        assertThat(Language.fromTag(null)).isEqualTo(Language.EN_US);
        assertThat(Language.fromTag("zh_cn")).isEqualTo(Language.ZH_CN);
    }

    @Test
    void theCatalogueCoversTheCommonCodesInBothLanguages() {
        assertThat(CommonErrors.codes())
                .contains(
                        "AuthFailure.TokenFailure",
                        "InvalidAction",
                        "NoSuchVersion",
                        "UnsupportedRegion",
                        "MissingParameter",
                        "UnknownParameter",
                        "InvalidParameterValue",
                        "RequestLimitExceeded",
                        "InternalError");
        for (String code : CommonErrors.codes()) {
            CommonErrors.Text text = CommonErrors.text(code).orElseThrow();
            assertThat(text.english()).as(code).isNotBlank().doesNotContainPattern("\\p{IsHan}");
            assertThat(text.chinese()).as(code).containsPattern("\\p{IsHan}");
        }
    }
}
