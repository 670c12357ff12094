package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CardGeneratorTest {

    private static final MainlandIdCard LI_MING = new MainlandIdCard(
            "李明",
            "男",
            "汉",
            LocalDate.of(1987, 1, 1),
            "沙箱省示例市测试区演示路100号腾讯大楼东侧附属楼三层",
            "440524198701010014",
            "示例市公安局测试分局",
            LocalDate.of(2015, 7, 21),
            LocalDate.of(2035, 7, 21),
            "subject-li-ming");
    private static final MainlandIdCard ZHANG_WEI = new MainlandIdCard(
            "张伟",
            "女",
            "回",
            LocalDate.of(1949, 12, 31),
            "沙箱省示例市测试区演示路7号",
            "11010519491231002X",
            "示例市公安局",
            LocalDate.of(2010, 7, 21),
            null,
            "subject-zhang-wei");

    private static byte[] frontPng;
    private static byte[] backJpeg;

    @BeforeAll
    static void generate() throws IOException {
        frontPng = CardGenerator.front(LI_MING, ImageEncoding.PNG);
        backJpeg = CardGenerator.back(ZHANG_WEI, ImageEncoding.JPEG);
        Path examples = Files.createDirectories(Path.of("target", "card-examples"));
        Files.write(examples.resolve("front.png"), frontPng);
        Files.write(examples.resolve("back.jpg"), backJpeg);
        Files.write(examples.resolve("back.png"), CardGenerator.back(ZHANG_WEI, ImageEncoding.PNG));
        Files.write(examples.resolve("front-zhang-wei.jpg"), CardGenerator.front(ZHANG_WEI, ImageEncoding.JPEG));
    }

    @Test
    void frontPngCarriesTheCardAndIsARealCardSizedImage() throws IOException {
        CardImage read = CardReader.read(frontPng).orElseThrow();

        assertThat(read.side()).isEqualTo(SandboxCardSide.FRONT);
        assertThat(read.card()).isEqualTo(LI_MING);
        assertThat(read.format()).isEqualTo("PNG");
        assertThat(read.width()).isGreaterThanOrEqualTo(856);
        assertThat(read.height()).isGreaterThanOrEqualTo(540);
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(frontPng));
        assertThat(pixels.getWidth()).isEqualTo(read.width());
        assertThat(pixels.getHeight()).isEqualTo(read.height());
    }

    @Test
    void backJpegCarriesTheCardIncludingAnOpenEndedValidity() throws IOException {
        CardImage read = CardReader.read(backJpeg).orElseThrow();

        assertThat(read.side()).isEqualTo(SandboxCardSide.BACK);
        assertThat(read.card()).isEqualTo(ZHANG_WEI);
        assertThat(read.card().validUntil()).isNull();
        assertThat(read.card().printedValidity()).isEqualTo("2010.07.21-长期");
        assertThat(read.format()).isEqualTo("JPEG");
        assertThat(ImageIO.read(new ByteArrayInputStream(backJpeg))).isNotNull();
    }

    @Test
    void sidesLookDifferent() throws IOException {
        BufferedImage front = ImageIO.read(new ByteArrayInputStream(CardGenerator.front(ZHANG_WEI, ImageEncoding.PNG)));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(CardGenerator.back(ZHANG_WEI, ImageEncoding.PNG)));
        // The emblem's red sits where the front prints the holder's name.
        int emblem = back.getRGB(130, 122 + 40);
        assertThat((emblem >> 16 & 0xFF)).isGreaterThan(150);
        assertThat(front.getRGB(130, 162)).isNotEqualTo(emblem);
    }

    @Test
    void samePortraitSubjectDrawsTheSameFaceAndAnotherSubjectADifferentOne() {
        MainlandIdCard renamed = new MainlandIdCard(
                "王芳",
                "女",
                "汉",
                LocalDate.of(1995, 5, 13),
                "别处",
                "440305199505132561",
                "示例市公安局",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1),
                LI_MING.portraitSubject());
        MainlandIdCard otherFace = new MainlandIdCard(
                LI_MING.name(),
                LI_MING.sex(),
                LI_MING.nation(),
                LI_MING.birth(),
                LI_MING.address(),
                LI_MING.idNumber(),
                LI_MING.authority(),
                LI_MING.validFrom(),
                LI_MING.validUntil(),
                "subject-someone-else");

        byte[] portrait = CardCropper.portrait(frontPng, ImageEncoding.PNG);
        assertThat(pixelsOf(CardCropper.portrait(CardGenerator.front(renamed, ImageEncoding.PNG), ImageEncoding.PNG)))
                .isEqualTo(pixelsOf(portrait));
        assertThat(pixelsOf(CardCropper.portrait(CardGenerator.front(otherFace, ImageEncoding.PNG), ImageEncoding.PNG)))
                .isNotEqualTo(pixelsOf(portrait));
    }

    @Test
    void cropsArePixelsOnly() {
        byte[] portrait = CardCropper.portrait(frontPng, ImageEncoding.JPEG);
        byte[] card = CardCropper.card(frontPng, ImageEncoding.PNG);

        assertThat(ImageProbe.probe(portrait))
                .get()
                .extracting(ImageProbe.Probed::format)
                .isEqualTo("JPEG");
        assertThat(ImageProbe.probe(portrait).orElseThrow().width()).isEqualTo(CardLayout.PORTRAIT.width);
        assertThat(ImageProbe.probe(card).orElseThrow().width()).isEqualTo(856);
        assertThat(CardReader.read(portrait)).isEmpty();
        // the crop keeps no metadata, but the printed code comes with the card
        assertThat(PngText.find(card, CardMetadata.KEYWORD)).isEmpty();
        assertThat(CardReader.read(card)).get().extracting(CardImage::card).isEqualTo(LI_MING);
    }

    @Test
    void seesNoCardInForeignImagesOrJunk() throws IOException {
        BufferedImage plain = new BufferedImage(100, 60, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(plain, "png", png);
        ByteArrayOutputStream bmp = new ByteArrayOutputStream();
        ImageIO.write(plain, "bmp", bmp);

        assertThat(CardReader.read(png.toByteArray())).isEmpty();
        assertThat(CardReader.read(bmp.toByteArray())).isEmpty();
        assertThat(CardReader.read("not an image".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(CardReader.read(new byte[0])).isEmpty();
        assertThat(CardReader.read(
                        PngText.withText(png.toByteArray(), "Comment", "hello".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void readsTheCardFromALatin1TextChunkHoldingBase64() throws IOException {
        BufferedImage plain = new BufferedImage(856, 540, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(plain, "png", png);
        String base64 = Base64.getEncoder().encodeToString(CardMetadata.encode(SandboxCardSide.FRONT, LI_MING));

        byte[] withText = insertAfterIhdr(png.toByteArray(), textChunk(CardMetadata.KEYWORD, base64));

        assertThat(CardReader.read(withText)).get().extracting(CardImage::card).isEqualTo(LI_MING);
    }

    private static byte[] textChunk(String keyword, String latin1) {
        byte[] data = (keyword + "\0" + latin1).getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put("tEXt".getBytes(StandardCharsets.US_ASCII))
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] insertAfterIhdr(byte[] png, byte[] chunk) {
        int at = 33;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, at);
        out.writeBytes(chunk);
        out.write(png, at, png.length - at);
        return out.toByteArray();
    }

    private static int[] pixelsOf(byte[] image) {
        try {
            BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(image));
            return pixels.getRGB(0, 0, pixels.getWidth(), pixels.getHeight(), null, 0, pixels.getWidth());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
