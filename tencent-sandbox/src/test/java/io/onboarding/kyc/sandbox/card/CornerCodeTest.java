package io.onboarding.kyc.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The card's truth survives what happens to a real photo on its way to Tencent, read from the pixels alone: every
 * image here is re-encoded without the sandbox's metadata, at the smallest size Tencent accepts.
 */
class CornerCodeTest {

    /** Tencent's documented minimum: a resolution of 500 x 800 is recommended (RecognizeMainlandIDCardOCR). */
    private static final int MIN_WIDTH = 800;

    private static final int MIN_HEIGHT = 500;
    /** ... with the card taking at least two thirds of the picture. */
    private static final double MIN_CARD_SHARE = 2.0 / 3;

    private static final double JPEG_QUALITY = 0.60;

    private static final MainlandIdCard SAMPLE = SampleCards.of(
            new io.onboarding.kyc.sandbox.Identity("王小红", "440305199505132561", "subject-wang-xiao-hong"));
    /** Every field differs from what a sample card derives, so the code carries all of them. */
    private static final MainlandIdCard CUSTOM = new MainlandIdCard(
            "欧阳娜娜",
            "女",
            "回",
            LocalDate.of(1949, 12, 31),
            "沙箱省示例市测试区演示路100号腾讯大楼东侧附属楼三层",
            "11010519491231002X",
            "示例市公安局",
            LocalDate.of(2010, 7, 21),
            null,
            "person-ouyang-borderline");

    /** What happens to the card framed at the smallest size, before it is re-encoded as JPEG at quality 60. */
    static Stream<Arguments> transformations() {
        return Stream.of(
                Arguments.of("as framed", UnaryOperator.<BufferedImage>identity()),
                Arguments.of("keystoned and slanted", (UnaryOperator<BufferedImage>) CornerCodeTest::keystoned),
                Arguments.of("softened", (UnaryOperator<BufferedImage>) image -> PhotoEffects.blur(image, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transformations")
    void aSampleCardReadsFromItsPixelsAtTwoThirdsOfTheSmallestFrame(
            String name, UnaryOperator<BufferedImage> transformation) {
        assertReads(SAMPLE, name, image -> transformation.apply(twoThirds(image)));
    }

    /**
     * A card whose every field differs from a sample's carries them all: a denser code, which still reads when the
     * card fills the smallest frame.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("transformations")
    void aCardWithEveryFieldItsOwnReadsWhenItFillsTheSmallestFrame(
            String name, UnaryOperator<BufferedImage> transformation) {
        assertReads(CUSTOM, name, image -> transformation.apply(filling(image)));
    }

    private static void assertReads(MainlandIdCard card, String name, UnaryOperator<BufferedImage> transformation) {
        for (SandboxCardSide side : SandboxCardSide.values()) {
            byte[] printed = side == SandboxCardSide.FRONT
                    ? CardGenerator.front(card, ImageEncoding.PNG)
                    : CardGenerator.back(card, ImageEncoding.PNG);

            CardImage read = CardReader.read(jpeg(transformation.apply(pixels(printed))))
                    .orElseThrow(() -> new AssertionError(name + ": no card in the " + side + " of " + card.name()));

            assertThat(read.card()).isEqualTo(card);
            assertThat(read.side()).isEqualTo(side);
            assertThat(read.defects()).isEmpty();
        }
    }

    /** Defects that change the card or the whole photo; the card still fills at least two thirds of the frame. */
    @ParameterizedTest
    @EnumSource(
            value = CardDefect.class,
            names = {
                "PHOTOCOPY",
                "COLOUR_PHOTOCOPY",
                "RESHOOT",
                "PS_ALTERED",
                "REFLECTIVE",
                "BLURRY",
                "INCOMPLETE_BORDER",
                "OCCLUDED",
                "TEMPORARY",
                "WATERMARK"
            })
    void aCardWithADefectReadsWithTheDefect(CardDefect defect) {
        for (SandboxCardSide side : SandboxCardSide.values()) {
            byte[] printed = side == SandboxCardSide.FRONT
                    ? CardGenerator.front(SAMPLE, ImageEncoding.PNG, defect)
                    : CardGenerator.back(SAMPLE, ImageEncoding.PNG, defect);

            CardImage read = CardReader.read(jpeg(twoThirds(pixels(printed))))
                    .orElseThrow(() -> new AssertionError(defect + ": no card in the " + side));

            assertThat(read.card()).isEqualTo(SAMPLE);
            assertThat(read.defects()).containsExactly(defect);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Quarter.class)
    void aCardOnItsSideOrUpsideDownIsFoundButNotRead(Quarter turn) {
        BufferedImage turned = turn.apply(twoThirds(pixels(CardGenerator.front(SAMPLE, ImageEncoding.PNG))));

        List<CodeScanner.Sighting> seen = CodeScanner.scan(pixels(jpeg(turned)));

        assertThat(seen).singleElement().satisfies(sighting -> {
            assertThat(sighting.code().card()).isEqualTo(SAMPLE);
            assertThat((int) Math.floorMod(Math.round(sighting.turn()), 360L)).isCloseTo(turn.degrees, within(3));
            assertThat(sighting.upright()).isFalse();
        });
        assertThat(CardReader.read(jpeg(turned))).isEmpty();
    }

    /** A front camera's preview shows the card as in a mirror: no OCR reads mirrored text. */
    @Test
    void aMirroredCardIsFoundButNotRead() {
        BufferedImage card = twoThirds(pixels(CardGenerator.front(SAMPLE, ImageEncoding.PNG)));
        BufferedImage mirrored = new BufferedImage(card.getWidth(), card.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = mirrored.createGraphics();
        g.drawImage(card, card.getWidth(), 0, -card.getWidth(), card.getHeight(), null);
        g.dispose();

        List<CodeScanner.Sighting> seen = CodeScanner.scan(pixels(jpeg(mirrored)));

        assertThat(seen).singleElement().satisfies(sighting -> {
            assertThat(sighting.mirrored()).isTrue();
            assertThat(sighting.upright()).isFalse();
        });
        assertThat(CardReader.read(jpeg(mirrored))).isEmpty();
    }

    @Test
    void bothSidesOnAPageAreFoundWhereTheyLie() {
        byte[] page = CardGenerator.bothSides(SAMPLE, ImageEncoding.PNG);

        CardImage read = CardReader.read(jpeg(pixels(page))).orElseThrow();

        assertThat(read.side()).isEqualTo(SandboxCardSide.FRONT);
        assertThat(read.showsBothSides()).isTrue();
        CardPlacement back = read.placementOf(SandboxCardSide.BACK);
        assertThat(back.x()).isCloseTo(22, within(4));
        assertThat(back.y()).isCloseTo(60 + CardLayout.HEIGHT + 40, within(4));
        assertThat(back.width()).isCloseTo(CardLayout.WIDTH, within(8));
    }

    /**
     * These defects frame or shrink the photo themselves, so each is re-encoded at its own size, without metadata:
     * down to a quarter of the card's size (214 x 135) and a card at 30 % in a desk photo, whose codes are read
     * enlarged.
     */
    @ParameterizedTest
    @EnumSource(
            value = CardDefect.class,
            names = {"ELECTRONIC", "INCOMPLETE_BORDER", "MULTIPLE_CARDS", "SMALL_IN_FRAME", "LOW_RESOLUTION"})
    void aCardFramedOrShrunkByItsDefectReadsWithTheDefect(CardDefect defect) {
        CardImage read = CardReader.read(jpeg(pixels(CardGenerator.front(SAMPLE, ImageEncoding.PNG, defect))))
                .orElseThrow(() -> new AssertionError(defect + ": no card"));

        assertThat(read.card()).isEqualTo(SAMPLE);
        assertThat(read.defects()).containsExactly(defect);
        assertThat(read.placements()).hasSize(defect == CardDefect.MULTIPLE_CARDS ? 2 : 1);
    }

    /** Nothing of the code is left to read: from its pixels alone, such a photo shows no card. */
    @Test
    void aCardTooBlurredToReadShowsNoCardFromItsPixels() {
        byte[] printed = CardGenerator.front(SAMPLE, ImageEncoding.PNG, CardDefect.SEVERE_BLUR);

        assertThat(CardReader.read(printed)).as("from its metadata").isPresent();
        assertThat(CardReader.read(jpeg(pixels(printed)))).as("from its pixels").isEmpty();
    }

    @Test
    void anImageWithoutACodeShowsNoCard() {
        BufferedImage blank = new BufferedImage(MIN_WIDTH, MIN_HEIGHT, BufferedImage.TYPE_INT_RGB);

        assertThat(CardReader.read(jpeg(blank))).isEmpty();
    }

    enum Quarter {
        CLOCKWISE(90),
        HALF(180),
        ANTICLOCKWISE(270);

        final int degrees;

        Quarter(int degrees) {
            this.degrees = degrees;
        }

        BufferedImage apply(BufferedImage image) {
            boolean swaps = degrees != 180;
            int w = image.getWidth();
            int h = image.getHeight();
            BufferedImage out = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            AffineTransform t = new AffineTransform();
            t.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
            t.rotate(Math.toRadians(degrees));
            t.translate(-w / 2.0, -h / 2.0);
            g.drawImage(image, t, null);
            g.dispose();
            return out;
        }
    }

    private static BufferedImage filling(BufferedImage card) {
        return framed(card, 1.0);
    }

    private static BufferedImage twoThirds(BufferedImage card) {
        return framed(card, MIN_CARD_SHARE);
    }

    /** The photo taken from a little to one side and below: the far edge 10 % shorter, one side 4 % lower. */
    private static BufferedImage keystoned(BufferedImage photo) {
        int w = photo.getWidth();
        int h = photo.getHeight();
        BufferedImage out = desk(w, h);
        Perspective.draw(
                out,
                photo,
                new Point2D.Double(w * 0.05, 0),
                new Point2D.Double(w * 0.95, h * 0.04),
                new Point2D.Double(w, h),
                new Point2D.Double(0, h * 0.96));
        return out;
    }

    /** The card, this share of the frame, in the middle of an 800 x 500 photo of a grey desk. */
    private static BufferedImage framed(BufferedImage card, double share) {
        BufferedImage frame = desk(MIN_WIDTH, MIN_HEIGHT);
        double w = Math.min(MIN_WIDTH * share, MIN_HEIGHT * share * card.getWidth() / card.getHeight());
        double h = w * card.getHeight() / card.getWidth();
        double x = (MIN_WIDTH - w) / 2;
        double y = (MIN_HEIGHT - h) / 2;
        Perspective.draw(
                frame,
                card,
                new Point2D.Double(x, y),
                new Point2D.Double(x + w, y),
                new Point2D.Double(x + w, y + h),
                new Point2D.Double(x, y + h));
        return frame;
    }

    private static BufferedImage desk(int width, int height) {
        BufferedImage desk = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = desk.createGraphics();
        g.setColor(new Color(0x77, 0x72, 0x6C));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return desk;
    }

    private static BufferedImage pixels(byte[] image) {
        try {
            return ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-encoded as a phone app or the engine would: no metadata survives. */
    private static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality((float) JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
