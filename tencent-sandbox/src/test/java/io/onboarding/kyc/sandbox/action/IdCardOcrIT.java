package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.ImageHost;
import io.onboarding.kyc.sandbox.SandboxClient;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.CardDefect;
import io.onboarding.kyc.sandbox.card.CardFiles;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.ImageProbe;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IDCardOCR on the mainland site (seed 004): Config in, AdvancedInfo out, both as JSON strings. */
class IdCardOcrIT extends SandboxHarness {

    private static final String ACTION = "IDCardOCR";
    private static final String ALL_WARNINGS = "{\"CopyWarn\":true,\"BorderCheckWarn\":true,\"ReshootWarn\":true,"
            + "\"DetectPsWarn\":true,\"TempIdWarn\":true,\"InvalidDateWarn\":true,\"ReflectWarn\":true}";
    private static final MainlandIdCard LIU_YANG = TestCards.card("510107198811235038");
    private static final MainlandIdCard EXPIRED = new MainlandIdCard(
            "刘洋",
            "男",
            "汉",
            LocalDate.of(1988, 11, 23),
            "沙箱省示例市测试区演示路5号",
            "510107198811235038",
            "示例市公安局",
            LocalDate.of(2006, 1, 10),
            LocalDate.of(2016, 1, 10),
            "subject-liu-yang");

    @Test
    void readsTheFrontAndSendsAnEmptyAdvancedInfoWhenNothingWasAskedFor() {
        JsonNode response = ocr(TestCards.front(LIU_YANG, ImageEncoding.JPEG), Map.of("CardSide", "FRONT"));

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Name").asText()).isEqualTo("刘洋");
        assertThat(response.get("Birth").asText()).isEqualTo("1988/11/23");
        assertThat(response.get("IdNum").asText()).isEqualTo("510107198811235038");
        assertThat(response.get("Authority").asText()).isEmpty();
        assertThat(response.get("ValidDate").asText()).isEmpty();
        assertThat(response.get("AdvancedInfo").isTextual()).isTrue();
        assertThat(response.get("AdvancedInfo").asText()).isEqualTo("{}");
        assertThat(Ledgers.entry(sandbox, response).billable()).isTrue();
    }

    @Test
    void readsTheBackWithoutBeingToldWhichSide() {
        JsonNode response = ocr(TestCards.back(LIU_YANG, ImageEncoding.PNG), Map.of());

        assertThat(response.get("Name").asText()).isEmpty();
        assertThat(response.get("Authority").asText()).isEqualTo(LIU_YANG.authority());
        assertThat(response.get("ValidDate").asText()).isEqualTo(LIU_YANG.printedValidity());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "INCOMPLETE_BORDER; -9101",
                "PHOTOCOPY; -9102,-9108",
                "COLOUR_PHOTOCOPY; -9102",
                "RESHOOT; -9103",
                "TEMPORARY; -9104",
                "OCCLUDED; -9105",
                "PS_ALTERED; -9106",
                "REFLECTIVE; -9107",
                "ELECTRONIC; -9110",
                "WATERMARK; ''",
                "BLURRY; ''",
            })
    void warnsWithTheMainlandCodeTableWhenAsked(CardDefect defect, String codes) {
        byte[] image = CardGenerator.front(LIU_YANG, ImageEncoding.JPEG, defect);

        JsonNode asked = advancedInfo(ocr(image, Map.of("Config", ALL_WARNINGS)));
        JsonNode notAsked = advancedInfo(ocr(image, Map.of()));

        assertThat(ints(asked.get("WarnInfos")))
                .isEqualTo(
                        codes.isEmpty()
                                ? List.of()
                                : java.util.Arrays.stream(codes.split(","))
                                        .map(Integer::valueOf)
                                        .toList());
        assertThat(notAsked.has("WarnInfos")).isFalse();
    }

    @Test
    void reportsOnlyTheWarningsThatWereAskedFor() {
        byte[] image = CardGenerator.front(LIU_YANG, ImageEncoding.JPEG, CardDefect.PHOTOCOPY, CardDefect.RESHOOT);

        JsonNode info = advancedInfo(ocr(image, Map.of("Config", "{\"ReshootWarn\":true,\"CopyWarn\":false}")));

        assertThat(ints(info.get("WarnInfos"))).containsExactly(-9103);
    }

    @Test
    void warnsOfAnExpiredCardOnTheEmblemSideOnly() {
        String config = "{\"InvalidDateWarn\":true}";

        assertThat(ints(advancedInfo(ocr(CardGenerator.back(EXPIRED, ImageEncoding.PNG), Map.of("Config", config)))
                        .get("WarnInfos")))
                .containsExactly(-9100);
        assertThat(ints(advancedInfo(ocr(CardGenerator.front(EXPIRED, ImageEncoding.PNG), Map.of("Config", config)))
                        .get("WarnInfos")))
                .isEmpty();
        assertThat(ints(advancedInfo(ocr(TestCards.back(LIU_YANG, ImageEncoding.PNG), Map.of("Config", config)))
                        .get("WarnInfos")))
                .isEmpty();
    }

    @Test
    void looksForWatermarksOnlyWithAdvancedWarnings() {
        byte[] image = CardGenerator.front(LIU_YANG, ImageEncoding.JPEG, CardDefect.WATERMARK);

        assertThat(ints(advancedInfo(ocr(image, Map.of("CardWarnType", "Advanced")))
                        .get("WarnInfos")))
                .containsExactly(-9111);
        assertThat(errorCode(ocr(image, Map.of("CardWarnType", "Expert"))))
                .isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
    }

    @Test
    void returnsCropsQualityAndBorderScoreWhenAsked() {
        JsonNode info = advancedInfo(ocr(
                CardGenerator.front(LIU_YANG, ImageEncoding.PNG, CardDefect.BLURRY),
                Map.of(
                        "Config",
                        "{\"CropIdCard\":true,\"CropPortrait\":true,\"Quality\":true,\"BorderCheckWarn\":true}")));

        assertThat(ImageProbe.probe(
                                Base64.getDecoder().decode(info.get("IdCard").asText()))
                        .orElseThrow()
                        .format())
                .isEqualTo("JPEG");
        assertThat(ImageProbe.probe(
                        Base64.getDecoder().decode(info.get("Portrait").asText())))
                .isPresent();
        assertThat(info.get("Quality").asInt()).isLessThan(50); // blurry
        assertThat(info.get("BorderCodeValue").asInt()).isLessThanOrEqualTo(50);
        assertThat(ints(info.get("WarnInfos"))).isEmpty();

        JsonNode clean =
                advancedInfo(ocr(TestCards.front(LIU_YANG, ImageEncoding.PNG), Map.of("Config", "{\"Quality\":true}")));
        assertThat(clean.get("Quality").asInt()).isBetween(90, 99);
        assertThat(clean.has("IdCard")).isFalse();
    }

    @Test
    void readsBothSidesOfAPageOnlyWithMultiCardDetect() {
        byte[] page = CardGenerator.bothSides(LIU_YANG, ImageEncoding.JPEG);

        JsonNode both = ocr(page, Map.of("Config", "{\"MultiCardDetect\":true}"));
        JsonNode front = ocr(page, Map.of());

        assertThat(both.get("Name").asText()).isEqualTo("刘洋");
        assertThat(both.get("ValidDate").asText()).isEqualTo(LIU_YANG.printedValidity());
        assertThat(front.get("Name").asText()).isEqualTo("刘洋");
        assertThat(front.get("ValidDate").asText()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "{CopyWarn:true}",
                "[true]",
                "{\"CopyWarn\":\"yes\"}",
                "not json",
            })
    void refusesAConfigThatIsNotAJsonObjectOfBooleans(String config) {
        JsonNode response = ocr(TestCards.front(LIU_YANG, ImageEncoding.JPEG), Map.of("Config", config));

        assertThat(errorCode(response)).isEqualTo("InvalidParameter.ConfigFormatError");
    }

    @Test
    void prefersImageBase64OverImageUrl() {
        try (ImageHost host = new ImageHost()) {
            String other =
                    host.serve("/other.jpg", TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.JPEG));

            JsonNode response = client.post(
                    ACTION,
                    Map.of(
                            "ImageUrl",
                            other,
                            "ImageBase64",
                            TestCards.base64(TestCards.front(LIU_YANG, ImageEncoding.JPEG))));

            assertThat(response.get("Name").asText()).isEqualTo("刘洋");
            assertThat(client.post(ACTION, Map.of("ImageUrl", other))
                            .get("Name")
                            .asText())
                    .isEqualTo("李明");
        }
    }

    @Test
    void limitsBase64ToSixMegabytesAndDownloadsToThree() {
        assertThat(errorCode(client.post(ACTION, Map.of("ImageBase64", "A".repeat(6 * 1024 * 1024 + 4)))))
                .isEqualTo("FailedOperation.ImageSizeTooLarge");
        byte[] front = TestCards.front(LIU_YANG, ImageEncoding.JPEG);
        byte[] fourMegabytes = CardFiles.padded(front, 4_000_000); // 5.3 MB of base64: fine inline, too big to fetch
        assertThat(errorCode(ocr(fourMegabytes, Map.of()))).isNull();
        try (ImageHost host = new ImageHost()) {
            assertThat(errorCode(client.post(ACTION, Map.of("ImageUrl", host.serve("/big.jpg", fourMegabytes)))))
                    .isEqualTo("LimitExceeded.TooLargeFileError");
        }
    }

    @Test
    void refusesFormatsItDoesNotTake() {
        assertThat(errorCode(ocr(TestCards.plain("bmp", 40, 30), Map.of())))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(ocr(TestCards.plain("gif", 40, 30), Map.of())))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(client.post(ACTION, Map.of("ImageBase64", ""))))
                .isEqualTo("FailedOperation.EmptyImageError");
        assertThat(errorCode(client.post(ACTION, Map.of("ImageUrl", "http://203.0.113.9/id.jpg"))))
                .isEqualTo("FailedOperation.DownLoadError");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "SEVERE_BLUR, FailedOperation.ImageBlur",
        "LOW_RESOLUTION, FailedOperation.ImageNoIdCard",
        "MULTIPLE_CARDS, FailedOperation.MultiCardError",
    })
    void refusesPhotosItCannotRead(CardDefect defect, String code) {
        assertThat(errorCode(ocr(CardGenerator.front(LIU_YANG, ImageEncoding.JPEG, defect), Map.of())))
                .isEqualTo(code);
    }

    @Test
    void findsNoCardOfTheSideAskedFor() {
        assertThat(errorCode(ocr(TestCards.front(LIU_YANG, ImageEncoding.JPEG), Map.of("CardSide", "BACK"))))
                .isEqualTo("FailedOperation.ImageNoIdCard");
        assertThat(errorCode(ocr(TestCards.front(LIU_YANG, ImageEncoding.JPEG), Map.of("CardSide", "EMBLEM"))))
                .isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
    }

    @Test
    void needsARegionOfTheMainlandSite() {
        byte[] body = ("{\"ImageBase64\":\"" + TestCards.base64(TestCards.front(LIU_YANG, ImageEncoding.JPEG)) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(errorCode(client.call(ACTION).region("ap-beijing").sendRaw(body)))
                .isNull();
        assertThat(errorCode(client.call(ACTION).region("ap-hongkong").sendRaw(body)))
                .isNull();
        assertThat(errorCode(client.call(ACTION).region(null).sendRaw(body))).isEqualTo("MissingParameter");
        assertThat(errorCode(client.call(ACTION).region("ap-jakarta").sendRaw(body)))
                .isEqualTo("UnsupportedRegion");
    }

    private static JsonNode ocr(byte[] image, Map<String, ?> extra) {
        Map<String, Object> parameters = new HashMap<>(extra);
        parameters.put("ImageBase64", TestCards.base64(image));
        return client.post(ACTION, parameters);
    }

    private static JsonNode advancedInfo(JsonNode response) {
        assertThat(errorCode(response)).isNull();
        try {
            return SandboxClient.JSON.readTree(response.get("AdvancedInfo").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> ints(JsonNode array) {
        assertThat(array).as("WarnInfos").isNotNull();
        List<Integer> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asInt()));
        return values;
    }
}
