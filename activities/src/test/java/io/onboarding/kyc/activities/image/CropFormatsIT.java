package io.onboarding.kyc.activities.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.kyc.activities.ocr.MainlandSiteIdCardOcr;
import io.onboarding.kyc.activities.ocr.RecognizeMainlandIdCardOcr;
import io.onboarding.kyc.activities.tencent.TencentClient;
import io.onboarding.kyc.activities.tencent.TencentSettings;
import io.onboarding.kyc.activities.tencent.TencentSite;
import io.onboarding.kyc.sandbox.IdentityRegistry;
import io.onboarding.kyc.sandbox.SandboxConfig;
import io.onboarding.kyc.sandbox.TencentSandbox;
import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.SampleCards;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tencent's pages say the crops are base64 and nothing of their format, and the two OCR actions differ (the
 * international one answers PNG, the mainland one JPEG). The engine's image handling tells them apart by their
 * bytes, so a crop of either format is recognised and goes on to another action unchanged.
 */
class CropFormatsIT {

    private static TencentSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = TencentSandbox.start(SandboxConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void theInternationalCropsArePngAndAreRecognisedAsSuch() {
        RecognizeMainlandIdCardOcr.Response read = client(TencentSite.INTL)
                .call(
                        RecognizeMainlandIdCardOcr.ACTION,
                        new RecognizeMainlandIdCardOcr.Request(front(), null, "FRONT", true, true))
                .body();

        assertFormat(read.portraitImage(), ImageKind.PNG);
        assertFormat(read.idCardImage(), ImageKind.PNG);
    }

    @Test
    void theMainlandCropsAreJpegAndAreRecognisedAsSuch() throws Exception {
        MainlandSiteIdCardOcr.Response read = client(TencentSite.MAINLAND)
                .call(
                        MainlandSiteIdCardOcr.ACTION,
                        new MainlandSiteIdCardOcr.Request(
                                front(), null, "FRONT", "{\"CropPortrait\":true,\"CropIdCard\":true}"))
                .body();
        var info = new ObjectMapper().readTree(read.advancedInfo());

        assertFormat(info.get("Portrait").asText(), ImageKind.JPEG);
        assertFormat(info.get("IdCard").asText(), ImageKind.JPEG);
    }

    private static void assertFormat(String base64, ImageKind expected) {
        byte[] crop = Base64.getDecoder().decode(base64);

        assertThat(ImageKind.sniff(crop)).contains(expected);
        PreparedImage prepared = ImagePreparation.prepare(crop, ImageRules.CHECK_ID_CARD_INFORMATION);
        assertThat(prepared.kind()).isEqualTo(expected);
        assertThat(prepared.changed())
                .as("an accepted format travels byte for byte")
                .isFalse();
    }

    private static String front() {
        return Base64.getEncoder()
                .encodeToString(CardGenerator.front(
                        SampleCards.of(IdentityRegistry.defaults()
                                .byIdNumber("440305199505132561")
                                .orElseThrow()),
                        ImageEncoding.JPEG));
    }

    private static TencentClient client(TencentSite site) {
        URI endpoint = URI.create(sandbox.endpoint());
        return new TencentClient(new TencentSettings(
                SandboxConfig.DEV_SECRET_ID,
                SandboxConfig.DEV_SECRET_KEY,
                null,
                site,
                endpoint,
                null,
                endpoint,
                "ap-singapore",
                "en-US",
                Duration.ofSeconds(2),
                Duration.ofSeconds(5)));
    }
}
