package io.onboarding.kyc.web.journey;

import static io.onboarding.kyc.web.journey.UnacceptableImageException.undecodable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides at the door whether the engine can work with an image, so that a photo that cannot succeed
 * is refused with a reason instead of being stored and answered, minutes later, with a retake.
 *
 * <p>The work is bounded by the bytes sent, never by what a header claims: the file's structure and
 * header are read without decompressing anything, the size is checked before any pixel exists, and
 * only an image within {@link #DECODE_BUDGET} is decoded in full (subsampled, so it costs little memory).
 * A decompression bomb is therefore refused by its header.
 */
final class ImageInspector {

    /**
     * The smallest image that can hold a whole card legibly. The engine never shrinks a card below 600
     * pixels on its long side (activities' {@code ImagePreparation.MIN_SIDE}: the text stops being
     * legible); an ID-1 card (85.6 x 54 mm) that is 600 pixels across is 378 high. Tencent recommends
     * 800 x 500 or more; what lies between still reads, if less reliably.
     */
    static final int MIN_LONG_SIDE = 600;

    static final int MIN_SHORT_SIDE = 378;
    /**
     * The largest image the engine will shrink. Tencent takes at most 8000 x 8000, so the engine decodes
     * anything larger (or any turned by EXIF) in full before it scales it: 50 megapixels, a 50 MP phone's
     * full-resolution photo (8160 x 6120), costs the worker about 150 MB at 3 bytes a pixel.
     */
    static final long MAX_PIXELS = 50_000_000L;
    /** Wider than any phone camera takes (a 200 MP sensor's 16320); beyond it an image is a strip, not a card. */
    static final int MAX_SIDE = 16_384;
    /**
     * Pixels times scans the door decodes in full; larger images are judged by structure and header
     * alone. It takes a card-size progressive JPEG (856 x 540, 10 scans) and a baseline or PNG image of
     * 5 megapixels; ImageInspectorTest prints what that costs (tens of milliseconds).
     */
    static final long DECODE_BUDGET = 5_000_000L;
    /** The most pixels a full decode keeps: every row is still decoded, only every n-th pixel stored. */
    private static final long KEPT_PIXELS = 250_000L;

    private ImageInspector() {}

    /** @throws UnacceptableImageException naming the rule the image breaks */
    static InspectedImage inspect(byte[] image) {
        ImageFormat format = ImageFormat.detect(image)
                .orElseThrow(() -> new UnacceptableImageException("image-format", "must be a PNG or JPEG image"));
        ImageLayout layout = ImageLayout.of(format, image);
        requireDimensions(layout.width(), layout.height());
        if (!layout.whole()) {
            String end = format == ImageFormat.PNG ? "IEND chunk" : "EOI marker";
            throw undecodable("the file is cut short (it ends before its " + end + ")");
        }
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            reader.setInput(in, true, true); // forward only, and no metadata: compressed text chunks are never inflated
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw undecodable("its header cannot be read");
            }
            requireDimensions(width, height);
            if ((long) width * height * layout.scans() <= DECODE_BUDGET) {
                decode(reader, width, height);
            }
            return new InspectedImage(format, width, height);
        } catch (IOException e) {
            throw undecodable("it cannot be read"); // a memory stream fails only on what it is given
        } finally {
            reader.dispose();
        }
    }

    private static void requireDimensions(long width, long height) {
        long longSide = Math.max(width, height);
        long shortSide = Math.min(width, height);
        if (longSide < MIN_LONG_SIDE
                || shortSide < MIN_SHORT_SIDE
                || longSide > MAX_SIDE
                || width * height > MAX_PIXELS) {
            throw new UnacceptableImageException(
                    "image-dimensions",
                    "must be at least " + MIN_LONG_SIDE + " x "
                            + MIN_SHORT_SIDE + " pixels (either way round), at most " + MAX_SIDE + " pixels a side and "
                            + MAX_PIXELS / 1_000_000 + " megapixels; it is " + width + " x " + height);
        }
    }

    private static ImageReader reader(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK has no ImageIO reader for " + format.mediaType());
        }
        return readers.next();
    }

    /** Decodes every row, so damage anywhere in the data shows; keeps at most {@link #KEPT_PIXELS}. */
    private static void decode(ImageReader reader, int width, int height) {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) width * height / KEPT_PIXELS));
        param.setSourceSubsampling(Math.max(1, step), Math.max(1, step), 0, 0);
        try {
            // A raster skips colour conversion, which is also what lets a CMYK JPEG through.
            if (reader.canReadRaster()) {
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
        } catch (IOException | RuntimeException e) {
            throw undecodable("its pixels cannot be decoded");
        }
        if (warnings.stream().anyMatch(ImageInspector::isDamage)) {
            throw undecodable("its pixels are damaged");
        }
    }

    /**
     * libjpeg reports damaged or missing data as warnings and fills in grey. Extraneous bytes before a
     * marker are a harmless quirk of some cameras' encoders, so they do not count.
     */
    private static boolean isDamage(String warning) {
        return warning.startsWith("Premature end")
                || warning.startsWith("Truncated")
                || (warning.startsWith("Corrupt JPEG data") && !warning.contains("extraneous bytes"));
    }
}
