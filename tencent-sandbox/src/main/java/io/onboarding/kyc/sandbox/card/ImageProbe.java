package io.onboarding.kyc.sandbox.card;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Recognises an encoded image by its magic bytes and reads its size from the header, without decoding pixels. */
public final class ImageProbe {

    /**
     * What a probe found in an image's header.
     *
     * @param format {@code PNG}, {@code JPEG}, {@code BMP} or {@code GIF}
     */
    public record Probed(String format, int width, int height) {}

    static {
        Headless.ensure();
    }

    private ImageProbe() {}

    public static Optional<Probed> probe(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        return format(bytes).flatMap(format -> size(bytes, format));
    }

    /**
     * True when every pixel decodes without the decoder complaining: a file cut short or with damaged data fails
     * here although its header still probes fine.
     */
    public static boolean decodes(byte[] bytes) {
        Optional<String> format = bytes == null ? Optional.empty() : format(bytes);
        if (format.isEmpty()) {
            return false;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.get());
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        AtomicBoolean complained = new AtomicBoolean();
        reader.addIIOReadWarningListener((source, warning) -> complained.set(true));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return reader.read(0) != null && !complained.get();
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            reader.dispose();
        }
    }

    private static Optional<String> format(byte[] b) {
        if (PngText.isPng(b)) {
            return Optional.of("PNG");
        }
        if (JpegComment.isJpeg(b)) {
            return Optional.of("JPEG");
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return Optional.of("BMP");
        }
        if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("GIF");
        }
        return Optional.empty();
    }

    private static Optional<Probed> size(byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            return width > 0 && height > 0 ? Optional.of(new Probed(format, width, height)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }
}
