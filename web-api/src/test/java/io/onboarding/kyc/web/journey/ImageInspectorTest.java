package io.onboarding.kyc.web.journey;

import static io.onboarding.kyc.web.hostile.HostileImages.CARD_HEIGHT;
import static io.onboarding.kyc.web.hostile.HostileImages.CARD_WIDTH;
import static io.onboarding.kyc.web.hostile.HostileImages.cardJpeg;
import static io.onboarding.kyc.web.hostile.HostileImages.cardPng;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onboarding.kyc.web.hostile.HostileImages;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImageInspectorTest {

    @Test
    void acceptsACardPhotoAsJpegOrPng() {
        assertThat(ImageInspector.inspect(cardJpeg()))
                .isEqualTo(new InspectedImage(ImageFormat.JPEG, CARD_WIDTH, CARD_HEIGHT));
        assertThat(ImageInspector.inspect(cardPng()))
                .isEqualTo(new InspectedImage(ImageFormat.PNG, CARD_WIDTH, CARD_HEIGHT));
    }

    @Test
    void acceptsAPhoneJpegThatEXIFTurnsUpright() {
        // Stored on its side (540 wide, 856 high) with orientation 6: the engine turns it before OCR.
        byte[] turned = HostileImages.exifRotated(HostileImages.jpeg(CARD_HEIGHT, CARD_WIDTH, false), 6);

        assertThat(ImageInspector.inspect(turned))
                .isEqualTo(new InspectedImage(ImageFormat.JPEG, CARD_HEIGHT, CARD_WIDTH));
        assertThat(ImageInspector.inspect(HostileImages.exifRotated(cardJpeg(), 3))
                        .height())
                .isEqualTo(CARD_HEIGHT);
    }

    @Test
    void acceptsALargePhotoOnItsHeaderAndStructure() {
        assertThat(ImageInspector.inspect(HostileImages.jpeg(8000, 6000, false)).width())
                .isEqualTo(8000);
    }

    static List<HostileImages.Refused> refused() {
        return HostileImages.refusedAtTheDoor();
    }

    static List<HostileImages.Accepted> accepted() {
        return HostileImages.acceptedAtTheDoor();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(HostileImages.Refused image) {
        byte[] bytes = image.image().get();

        UnacceptableImageException refusal =
                catchThrowableOfType(UnacceptableImageException.class, () -> ImageInspector.inspect(bytes));

        assertThat(refusal).as(image.name()).isNotNull();
        assertThat(refusal.rule())
                .as(image.name() + ": " + refusal.getMessage())
                .isEqualTo(image.rule());
        assertThat(refusal.getMessage()).startsWith("must ");
    }

    /** Progressive, CMYK, EXIF-turned, data after EOI, the smallest size either way round, 49 MP. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void accepted(HostileImages.Accepted image) {
        assertThat(ImageInspector.inspect(image.image().get()).format()).isNotNull();
    }

    @Test
    void namesTheSizeItFoundAndTheBoundsItKeeps() {
        UnacceptableImageException refusal = catchThrowableOfType(
                UnacceptableImageException.class,
                () -> ImageInspector.inspect(HostileImages.pngHeaderOnly(30_000, 30_000)));

        assertThat(refusal.getMessage())
                .isEqualTo("must be at least 600 x 378 pixels (either way round), "
                        + "at most 16384 pixels a side and 50 megapixels; it is 30000 x 30000");
    }

    /**
     * What inspecting costs, printed for the record (no timing assertion: machines differ). A bomb is
     * refused by its header, so it costs about what reading its bytes costs.
     */
    @Test
    void printsWhatInspectingCosts() {
        String report = String.join(
                "\n",
                cost("card JPEG 856 x 540 (full decode)", cardJpeg()),
                cost("card PNG 856 x 540 (full decode)", cardPng()),
                cost("progressive card JPEG (full decode)", HostileImages.jpeg(CARD_WIDTH, CARD_HEIGHT, true)),
                cost("JPEG 2500 x 2000 (full decode, at the budget)", HostileImages.jpeg(2500, 2000, false)),
                cost("PNG 2500 x 2000 (full decode, at the budget)", HostileImages.png(2500, 2000)),
                cost("progressive JPEG 2500 x 2000 (header and structure)", HostileImages.jpeg(2500, 2000, true)),
                cost("JPEG 4000 x 3000 (header and structure)", HostileImages.jpeg(4000, 3000, false)),
                cost("JPEG 8000 x 6000 (header and structure)", HostileImages.jpeg(8000, 6000, false)),
                cost("PNG bomb 2500 x 2000, all black (full decode)", HostileImages.pngBomb(2500, 2000)),
                cost(
                        "PNG bomb 7000 x 7000, all black, 49 MP (accepted on header)",
                        HostileImages.Bombs.LARGEST_ACCEPTED),
                cost("PNG bomb 12000 x 12000 (refused)", HostileImages.Bombs.TOO_MANY_PIXELS),
                cost("PNG bomb 30000 x 30000 (refused)", HostileImages.Bombs.HUGE),
                cost("PNG header 30000 x 30000 (refused)", HostileImages.pngHeaderOnly(30_000, 30_000)),
                cost("JPEG header 30000 x 30000 (refused)", HostileImages.jpegClaiming(cardJpeg(), 30_000, 30_000)));
        System.out.println("ImageInspector costs (median of 7 after 2 warm-ups):\n" + report);
        assertThat(report).doesNotContain("unexpected");
    }

    private static String cost(String name, byte[] image) {
        long[] nanos = new long[9];
        String verdict = "";
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            try {
                InspectedImage inspected = ImageInspector.inspect(image);
                verdict = "accepted " + inspected.width() + " x " + inspected.height();
            } catch (UnacceptableImageException e) {
                verdict = "refused, " + e.rule();
            } catch (RuntimeException e) {
                verdict = "unexpected " + e;
            }
            nanos[run] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(nanos, 2, nanos.length);
        Arrays.sort(measured);
        return String.format(
                "  %-62s %9d bytes %8.2f ms  %s", name, image.length, measured[measured.length / 2] / 1e6, verdict);
    }
}
