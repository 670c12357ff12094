package io.onboarding.kyc.sandbox.action;

import static io.onboarding.kyc.sandbox.SandboxClient.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.kyc.sandbox.ImageHost;
import io.onboarding.kyc.sandbox.LedgerEntry;
import io.onboarding.kyc.sandbox.SandboxHarness;
import io.onboarding.kyc.sandbox.TestCards;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.CardImage;
import io.onboarding.kyc.sandbox.card.CardReader;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.ImageProbe;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SandboxCardSide;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecognizeMainlandIdCardOcrIT extends SandboxHarness {

    private static final String ACTION = "RecognizeMainlandIDCardOCR";
    private static final MainlandIdCard WANG_FANG = new MainlandIdCard(
            "王芳",
            "女",
            "汉",
            LocalDate.of(1995, 5, 13),
            "沙箱省示例市测试区演示路8号",
            TestCards.WANG_FANG_ID,
            "示例市公安局测试分局",
            LocalDate.of(2010, 7, 21),
            LocalDate.of(2020, 7, 21),
            "subject-wang-fang");

    private static ImageHost images;

    @BeforeAll
    static void startImageHost() {
        images = new ImageHost();
    }

    @AfterAll
    static void stopImageHost() {
        images.close();
    }

    @Test
    void readsThePortraitSide() {
        JsonNode response = ocr(Map.of("ImageBase64", base64Front(ImageEncoding.JPEG), "CardSide", "FRONT"));

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Name").asText()).isEqualTo("王芳");
        assertThat(response.get("Sex").asText()).isEqualTo("女");
        assertThat(response.get("Nation").asText()).isEqualTo("汉");
        assertThat(response.get("Birth").asText()).isEqualTo("1995/5/13");
        assertThat(response.get("Address").asText()).isEqualTo("沙箱省示例市测试区演示路8号");
        assertThat(response.get("IdNum").asText()).isEqualTo(TestCards.WANG_FANG_ID);
        assertThat(response.get("Authority").asText()).isEmpty();
        assertThat(response.get("ValidDate").asText()).isEmpty();
        assertThat(response.get("WarnCardInfos").isArray()).isTrue();
        assertThat(response.get("WarnCardInfos")).isEmpty();
        assertThat(response.get("PortraitImage").asText()).isEmpty();
        assertThat(response.get("IdCardImage").asText()).isEmpty();
    }

    @Test
    void readsTheEmblemSideWithoutBeingToldWhichSideItIs() {
        JsonNode response = ocr(Map.of("ImageBase64", TestCards.base64(TestCards.back(WANG_FANG, ImageEncoding.PNG))));

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Authority").asText()).isEqualTo("示例市公安局测试分局");
        assertThat(response.get("ValidDate").asText()).isEqualTo("2010.07.21-2020.07.21");
        for (String field : List.of("Name", "Sex", "Nation", "Birth", "Address", "IdNum", "PortraitImage")) {
            assertThat(response.get(field).asText()).as(field).isEmpty();
        }
    }

    @Test
    void readsALongTermValidity() {
        MainlandIdCard zhangWei = TestCards.card(TestCards.ZHANG_WEI_ID);

        JsonNode response = ocr(Map.of(
                "ImageBase64", TestCards.base64(TestCards.back(zhangWei, ImageEncoding.JPEG)), "CardSide", "BACK"));

        assertThat(response.get("ValidDate").asText()).isEqualTo("2021.03.15-长期");
    }

    @Test
    void cropsPortraitAndCardOnRequest() {
        JsonNode response =
                ocr(Map.of("ImageBase64", base64Front(ImageEncoding.PNG), "CropPortrait", true, "CropIdCard", true));

        byte[] portrait =
                Base64.getDecoder().decode(response.get("PortraitImage").asText());
        byte[] card = Base64.getDecoder().decode(response.get("IdCardImage").asText());
        ImageProbe.Probed portraitImage = ImageProbe.probe(portrait).orElseThrow();
        assertThat(portraitImage.format()).isEqualTo("PNG");
        assertThat(portraitImage.height()).isGreaterThan(portraitImage.width()); // a passport-style photo
        assertThat(ImageProbe.probe(card).orElseThrow().width()).isEqualTo(856);
        assertThat(CardReader.read(portrait)).as("a portrait is no card").isEmpty();
        // the crop carries no metadata, but the card's printed code comes with it
        assertThat(CardReader.read(card)).get().extracting(CardImage::card).isEqualTo(WANG_FANG);
    }

    @Test
    void billsSuccessfulRecognitionsOnly() {
        JsonNode success = ocr(Map.of("ImageBase64", base64Front(ImageEncoding.JPEG)));
        JsonNode failure = ocr(Map.of("ImageBase64", "@@@"));

        assertThat(entry(success).billable()).isTrue();
        assertThat(entry(success).resultCode()).isEqualTo("Success");
        assertThat(entry(failure).billable()).isFalse();
        assertThat(entry(failure).resultCode()).isEqualTo("FailedOperation.ImageDecodeFailed");
    }

    @Test
    void requiresAnImage() {
        JsonNode response = ocr(Map.of("CardSide", "FRONT"));

        assertThat(errorCode(response)).isEqualTo("InvalidParameter");
        assertThat(response.path("Error").path("Message").asText())
                .contains("ImageUrl")
                .contains("ImageBase64");
    }

    @Test
    void reportsImagesItCannotDecode() {
        assertThat(errorCode(ocr(Map.of("ImageBase64", "not base64!")))).isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(
                        ocr(Map.of("ImageBase64", TestCards.base64("plain text".getBytes(StandardCharsets.UTF_8))))))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(ocr(Map.of("ImageBase64", TestCards.base64(TestCards.plain("gif", 20, 20))))))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
    }

    @Test
    void refusesBase64WrappedOverSeveralLines() {
        byte[] front = TestCards.front(WANG_FANG, ImageEncoding.JPEG);
        String wrapped = Base64.getMimeEncoder().encodeToString(front);

        assertThat(wrapped).contains("\r\n");
        assertThat(errorCode(ocr(Map.of("ImageBase64", wrapped)))).isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(ocr(Map.of("ImageBase64", wrapped.replace("\r\n", "\n")))))
                .isEqualTo("FailedOperation.ImageDecodeFailed");
        assertThat(errorCode(ocr(Map.of("ImageBase64", Base64.getEncoder().encodeToString(front)))))
                .as("the same image in one line")
                .isNull();
    }

    @Test
    void reportsAnEmptyImage() {
        assertThat(errorCode(ocr(Map.of("ImageBase64", "")))).isEqualTo("FailedOperation.EmptyImageError");
        assertThat(errorCode(ocr(Map.of("ImageUrl", images.serve("/empty.png", new byte[0])))))
                .isEqualTo("FailedOperation.EmptyImageError");
    }

    @Test
    void refusesImagesOverSevenMegabytesOfBase64() {
        String tooLarge = "A".repeat(7 * 1024 * 1024 + 4);

        assertThat(errorCode(ocr(Map.of("ImageBase64", tooLarge)))).isEqualTo("FailedOperation.ImageSizeTooLarge");
    }

    /** The engine's prepared phone photo: turned upright, re-encoded, no metadata; the card reads from its code. */
    @Test
    void readsAPhonePhotoTurnedUprightFromThePrintedCode() {
        byte[] photo = CardGenerator.phonePhoto(WANG_FANG, SandboxCardSide.FRONT, ImageEncoding.JPEG);

        JsonNode response = ocr(Map.of("ImageBase64", TestCards.base64(TestCards.upright(photo))));

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Name").asText()).isEqualTo("王芳");
        assertThat(response.get("IdNum").asText()).isEqualTo(TestCards.WANG_FANG_ID);
        assertThat(response.get("WarnCardInfos")).isEmpty();
    }

    /** Tencent reads upright cards: the phone's file as stored, EXIF orientation unapplied, shows the card sideways. */
    @Test
    void seesNoCardInAPhonePhotoLeftOnItsSide() {
        byte[] photo = CardGenerator.phonePhoto(WANG_FANG, SandboxCardSide.FRONT, ImageEncoding.JPEG);

        assertThat(errorCode(ocr(Map.of("ImageBase64", TestCards.base64(photo)))))
                .isEqualTo("FailedOperation.ImageNoIdCard");
    }

    @Test
    void seesNoCardInAnOrdinaryPhoto() {
        assertThat(errorCode(ocr(Map.of("ImageBase64", TestCards.base64(TestCards.plain("bmp", 856, 540))))))
                .isEqualTo("FailedOperation.ImageNoIdCard");
    }

    @Test
    void refusesTheOtherSideThanTheOneAskedFor() {
        assertThat(errorCode(ocr(Map.of("ImageBase64", base64Front(ImageEncoding.PNG), "CardSide", "BACK"))))
                .isEqualTo("FailedOperation.CardSideError");
        assertThat(errorCode(ocr(Map.of(
                        "ImageBase64",
                        TestCards.base64(TestCards.back(WANG_FANG, ImageEncoding.PNG)),
                        "CardSide",
                        "FRONT"))))
                .isEqualTo("FailedOperation.CardSideError");
        assertThat(errorCode(ocr(Map.of("ImageBase64", base64Front(ImageEncoding.PNG), "CardSide", "PORTRAIT"))))
                .isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
    }

    @Test
    void downloadsLoopbackImageUrlsWhichWinOverBase64() {
        String url = images.serve("/front.jpg", TestCards.front(WANG_FANG, ImageEncoding.JPEG));
        String otherCard = TestCards.base64(TestCards.front(TestCards.card(TestCards.LI_MING_ID), ImageEncoding.JPEG));

        JsonNode response = ocr(Map.of("ImageUrl", url, "ImageBase64", otherCard));

        assertThat(errorCode(response)).isNull();
        assertThat(response.get("Name").asText()).isEqualTo("王芳");
    }

    @Test
    void reportsImageUrlsItCannotDownload() {
        assertThat(errorCode(ocr(Map.of("ImageUrl", images.url("/missing.png")))))
                .isEqualTo("FailedOperation.DownLoadError");
        assertThat(errorCode(ocr(Map.of("ImageUrl", "https://www.qq.com/image.jpg"))))
                .isEqualTo("FailedOperation.DownLoadError");
        assertThat(errorCode(ocr(Map.of("ImageUrl", "file:///etc/passwd")))).isEqualTo("FailedOperation.DownLoadError");
        assertThat(errorCode(ocr(Map.of("ImageUrl", "http://10.0.0.1/card.png"))))
                .isEqualTo("FailedOperation.DownLoadError");
        String viaLocalhost = images.serve("/via-localhost.jpg", TestCards.front(WANG_FANG, ImageEncoding.JPEG))
                .replace("127.0.0.1", "localhost");
        assertThat(errorCode(ocr(Map.of("ImageUrl", viaLocalhost))))
                .as("localhost is loopback")
                .isNull();
    }

    private static String base64Front(ImageEncoding format) {
        return TestCards.base64(TestCards.front(WANG_FANG, format));
    }

    private static JsonNode ocr(Map<String, ?> parameters) {
        return client.post(ACTION, parameters);
    }

    private static LedgerEntry entry(JsonNode response) {
        return sandbox.ledger().calls().stream()
                .filter(call ->
                        call.requestId().equals(response.get("RequestId").asText()))
                .findFirst()
                .orElseThrow();
    }
}
