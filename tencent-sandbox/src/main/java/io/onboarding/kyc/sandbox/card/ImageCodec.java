package io.onboarding.kyc.sandbox.card;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Encodes and decodes pixels with ImageIO. */
final class ImageCodec {

    private static final float JPEG_QUALITY = 0.92f;

    static {
        Headless.ensure();
    }

    private ImageCodec() {}

    static byte[] encode(BufferedImage image, ImageEncoding format) {
        return encode(image, format, JPEG_QUALITY);
    }

    /** @param jpegQuality 0 to 1, used for JPEG only */
    static byte[] encode(BufferedImage image, ImageEncoding format, float jpegQuality) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            switch (format) {
                case PNG -> ImageIO.write(image, "png", out);
                case JPEG -> writeJpeg(opaque(image), out, jpegQuality);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode image as " + format, e);
        }
    }

    /** Null when ImageIO cannot make pixels of the bytes. */
    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** JPEG cannot carry alpha; ImageIO would write a CMYK-looking file for ARGB input. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, Color.WHITE, null);
        return rgb;
    }
}
