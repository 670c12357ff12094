package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.kyc.sandbox.Identity;
import io.onboarding.kyc.sandbox.TestCards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The phone-photo samples: what a camera app saves, readable only from the printed code once turned upright. */
class PhonePhotoTest {

    private static final MainlandIdCard CARD =
            SampleCards.of(new Identity("王小红", "440305199505132561", "subject-wang-xiao-hong"));
    /** RecognizeMainlandIDCardOCR's limit: 7 MB of base64. */
    private static final long OCR_LIMIT_BASE64 = 7L * 1024 * 1024;

    @ParameterizedTest
    @EnumSource(ImageEncoding.class)
    void aPhonePhotoIsStoredOnItsSideWithExifLargerThanTencentTakesAndWithoutMetadata(ImageEncoding format)
            throws IOException {
        byte[] photo = CardGenerator.phonePhoto(CARD, SandboxCardSide.FRONT, format);
        Files.write(
                Files.createDirectories(Path.of("target", "card-examples"))
                        .resolve("phone-photo." + format.name().toLowerCase(java.util.Locale.ROOT)),
                photo);

        ImageProbe.Probed probed = ImageProbe.probe(photo).orElseThrow();
        assertThat(probed.width()).isEqualTo(PhoneCamera.MAIN_12_MP.shortSide());
        assertThat(probed.height()).isEqualTo(PhoneCamera.MAIN_12_MP.longSide());
        long base64 = (photo.length + 2L) / 3 * 4;
        if (format == ImageEncoding.PNG) {
            assertThat(base64).as("an oversized PNG").isGreaterThan(OCR_LIMIT_BASE64);
        }
        assertThat(PngText.find(photo, CardMetadata.KEYWORD)).isEmpty();
        assertThat(JpegComment.find(photo, CardMetadata.KEYWORD)).isEmpty();
        // sent as stored, the card lies on its side: no card
        assertThat(CardReader.read(photo)).isEmpty();
        assertThat(CodeScanner.scan(ImageCodec.decode(photo)))
                .singleElement()
                .satisfies(seen -> assertThat(Math.round(seen.turn())).isBetween(-95L, -85L));
    }

    /** Wider than the 8000 pixels the engine sends, yet within the web API's 5 MB upload limit. */
    @Test
    void aFortyEightMegapixelPhotoIsWiderThanTencentTakesButFitsTheUploadLimit() {
        byte[] photo = CardGenerator.phonePhoto(
                CARD, SandboxCardSide.FRONT, ImageEncoding.JPEG, PhoneCamera.FULL_48_MP, Set.of(), true);

        ImageProbe.Probed probed = ImageProbe.probe(photo).orElseThrow();
        assertThat(probed.height()).isEqualTo(8064).isGreaterThan(8000);
        assertThat(photo.length).isLessThanOrEqualTo(5 * 1024 * 1024);
        assertThat(CodeScanner.scan(ImageCodec.decode(photo)))
                .singleElement()
                .satisfies(seen -> assertThat(seen.code().card()).isEqualTo(CARD));
    }

    @Test
    void turnedUprightAsExifSaysTheCardReadsFromItsPixels() throws IOException {
        byte[] photo = CardGenerator.phonePhoto(CARD, SandboxCardSide.BACK, ImageEncoding.JPEG);

        CardImage read = CardReader.read(TestCards.upright(photo)).orElseThrow();

        assertThat(read.card()).isEqualTo(CARD);
        assertThat(read.side()).isEqualTo(SandboxCardSide.BACK);
        assertThat(read.defects()).isEmpty();
        CardPlacement card = read.placement();
        assertThat(card.width()).isBetween(2700, 3000); // about 70 % of 4032
    }

    @Test
    void aPhotographedPhotocopyReadsAsOne() throws IOException {
        byte[] photo = CardGenerator.phonePhoto(
                CARD,
                SandboxCardSide.FRONT,
                ImageEncoding.JPEG,
                PhoneCamera.MAIN_12_MP,
                Set.of(CardDefect.PHOTOCOPY),
                false);

        assertThat(CardReader.read(TestCards.upright(photo)))
                .hasValueSatisfying(read -> assertThat(read.defects()).containsExactly(CardDefect.PHOTOCOPY));
    }
}
