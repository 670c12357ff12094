package io.onboarding.kyc.activities.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagePreparationTest {

    private static final ImageRules SMALL = new ImageRules(Set.of(ImageKind.PNG, ImageKind.JPEG), 200_000, 8000);

    @Test
    void anAcceptableImageIsSentByteForByte() throws IOException {
        byte[] png = encode(marked(300, 200), "png");

        PreparedImage prepared = ImagePreparation.prepare(png, ImageRules.CHECK_ID_CARD_INFORMATION);

        assertThat(prepared.changed()).isFalse();
        assertThat(prepared.content()).isSameAs(png);
        assertThat(prepared.kind()).isEqualTo(ImageKind.PNG);
    }

    @Test
    void aFormatTheActionRefusesIsConvertedToJpeg() throws IOException {
        byte[] gif = encode(marked(300, 200), "gif");
        byte[] bmp = encode(marked(300, 200), "bmp");

        assertThat(ImagePreparation.prepare(gif, ImageRules.APPLY_CARD_VERIFICATION)
                        .kind())
                .isEqualTo(ImageKind.JPEG);
        assertThat(ImagePreparation.prepare(bmp, ImageRules.APPLY_CARD_VERIFICATION)
                        .kind())
                .isEqualTo(ImageKind.JPEG);
        assertThat(ImagePreparation.prepare(bmp, ImageRules.RECOGNIZE_MAINLAND_ID_CARD_OCR)
                        .changed())
                .isFalse();
    }

    @Test
    void anImageOverTheLimitIsShrunkUntilItFits() throws IOException {
        byte[] noisy = encode(noise(1600, 1000), "png");
        assertThat(ImageRules.base64Length(noisy.length)).isGreaterThan(SMALL.maxBase64Bytes());

        PreparedImage prepared = ImagePreparation.prepare(noisy, SMALL);

        assertThat(prepared.changed()).isTrue();
        assertThat(ImageRules.base64Length(prepared.content().length)).isLessThanOrEqualTo(SMALL.maxBase64Bytes());
        assertThat(ImageIO.read(new ByteArrayInputStream(prepared.content()))).isNotNull();
    }

    @Test
    void anImageTooLargeInPixelsIsScaledToTheActionsLimit() throws IOException {
        ImageRules tiny = new ImageRules(Set.of(ImageKind.PNG, ImageKind.JPEG), 7_000_000, 800);

        PreparedImage prepared = ImagePreparation.prepare(encode(marked(1600, 1000), "png"), tiny);

        BufferedImage result = ImageIO.read(new ByteArrayInputStream(prepared.content()));
        assertThat(result.getWidth()).isEqualTo(800);
        assertThat(result.getHeight()).isEqualTo(500);
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "3,BOTTOM_RIGHT",
        "6,TOP_RIGHT",
        "8,BOTTOM_LEFT",
        "2,TOP_RIGHT",
        "4,BOTTOM_LEFT",
        "5,TOP_LEFT",
        "7,BOTTOM_RIGHT"
    })
    void aPhoneJpegIsTurnedTheWayItsExifSays(int orientation, Corner markerEndsUp) throws IOException {
        byte[] jpeg = withOrientation(encode(marked(400, 200), "jpeg"), orientation);
        assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);

        PreparedImage prepared = ImagePreparation.prepare(jpeg, ImageRules.CHECK_ID_CARD_INFORMATION);

        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(prepared.content()));
        boolean swapped = orientation >= 5;
        assertThat(upright.getWidth()).isEqualTo(swapped ? 200 : 400);
        assertThat(upright.getHeight()).isEqualTo(swapped ? 400 : 200);
        assertThat(isRed(upright, markerEndsUp))
                .as("red marker at " + markerEndsUp)
                .isTrue();
    }

    /** PNG 1.5's eXIf chunk: what a converter that keeps a phone photo's EXIF writes. */
    @Test
    void aPngIsTurnedTheWayItsExifChunkSays() throws IOException {
        byte[] jpeg = withOrientation(encode(marked(400, 200), "jpeg"), 6);
        byte[] tiff = Arrays.copyOfRange(jpeg, jpegApp1Tiff(jpeg), jpegApp1Tiff(jpeg) + 26);
        byte[] png = withChunk(encode(marked(400, 200), "png"), "eXIf", tiff);
        assertThat(ExifOrientation.ofPng(png)).isEqualTo(6);

        PreparedImage prepared = ImagePreparation.prepare(png, ImageRules.CHECK_ID_CARD_INFORMATION);

        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(prepared.content()));
        assertThat(prepared.kind()).isEqualTo(ImageKind.JPEG);
        assertThat(upright.getWidth()).isEqualTo(200);
        assertThat(upright.getHeight()).isEqualTo(400);
        assertThat(isRed(upright, Corner.TOP_RIGHT)).isTrue();
        assertThat(ExifOrientation.ofPng(encode(marked(40, 20), "png"))).isEqualTo(ExifOrientation.NORMAL);
    }

    @Test
    void aJpegWithoutExifIsNormal() throws IOException {
        assertThat(ExifOrientation.of(encode(marked(40, 20), "jpeg"))).isEqualTo(ExifOrientation.NORMAL);
    }

    @Test
    void bytesThatAreNoImageAreRefusedWithAReason() {
        assertThatThrownBy(() -> ImagePreparation.prepare("hello".getBytes(StandardCharsets.UTF_8), SMALL))
                .isInstanceOf(UnusableImageException.class)
                .hasMessageContaining("not PNG, JPEG");
        byte[] truncatedPng = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() ->
                        ImagePreparation.prepare(truncatedPng, ImageRules.APPLY_CARD_VERIFICATION.withoutFormats()))
                .isInstanceOf(UnusableImageException.class);
    }

    enum Corner {
        TOP_LEFT,
        TOP_RIGHT,
        BOTTOM_LEFT,
        BOTTOM_RIGHT
    }

    private static boolean isRed(BufferedImage image, Corner corner) {
        int x = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT ? 10 : image.getWidth() - 11;
        int y = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT ? 10 : image.getHeight() - 11;
        Color c = new Color(image.getRGB(x, y));
        return c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    /** White, with a red square in the top-left corner as stored. */
    private static BufferedImage marked(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 30, 30);
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** Where the TIFF structure starts inside the APP1 segment {@link #withOrientation} inserted. */
    private static int jpegApp1Tiff(byte[] jpeg) {
        for (int i = 0; i + 6 < jpeg.length; i++) {
            if (jpeg[i] == 'E' && jpeg[i + 1] == 'x' && jpeg[i + 2] == 'i' && jpeg[i + 3] == 'f' && jpeg[i + 4] == 0) {
                return i + 6;
            }
        }
        throw new AssertionError("no EXIF segment");
    }

    /** Inserts a chunk after IHDR (8-byte signature, 25-byte IHDR chunk). */
    private static byte[] withChunk(byte[] png, String type, byte[] data) {
        CRC32 crc = new CRC32();
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        crc.update(typeBytes);
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue());
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, 33);
        System.arraycopy(chunk.array(), 0, out, 33, chunk.capacity());
        System.arraycopy(png, 33, out, 33 + chunk.capacity(), png.length - 33);
        return out;
    }

    /** Inserts a big-endian EXIF APP1 segment with only an Orientation tag, right after the JFIF APP0. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] app1 = {
            (byte) 0xff,
            (byte) 0xe1,
            0,
            34,
            'E',
            'x',
            'i',
            'f',
            0,
            0,
            'M',
            'M',
            0,
            42,
            0,
            0,
            0,
            8,
            0,
            1,
            0x01,
            0x12,
            0,
            3,
            0,
            0,
            0,
            1,
            0,
            (byte) orientation,
            0,
            0,
            0,
            0,
            0,
            0
        };
        int app0End = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        byte[] out = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, out, 0, app0End);
        System.arraycopy(app1, 0, out, app0End, app1.length);
        System.arraycopy(jpeg, app0End, out, app0End + app1.length, jpeg.length - app0End);
        return out;
    }
}
