package io.onboarding.kyc.activities.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a stored image acceptable to a Tencent action before it is sent, so that no call is refused
 * (and no retry wasted) for format, size or orientation. An image the action already accepts is sent
 * byte for byte as stored: re-encoding costs quality and proves nothing.
 */
public final class ImagePreparation {

    /** Below this a card's text is no longer legible; shrinking further would only buy a wrong answer. */
    static final int MIN_SIDE = 600;

    private static final float[] QUALITIES = {0.92f, 0.85f, 0.75f, 0.65f};

    private ImagePreparation() {}

    public static PreparedImage prepare(byte[] image, ImageRules rules) {
        ImageKind kind = ImageKind.sniff(image)
                .orElseThrow(() -> new UnusableImageException("the image is not PNG, JPEG, BMP, GIF or WebP"));
        int orientation = switch (kind) {
            case JPEG -> ExifOrientation.of(image);
            case PNG -> ExifOrientation.ofPng(image);
            default -> ExifOrientation.NORMAL;
        };
        if (rules.formats().contains(kind)
                && orientation == ExifOrientation.NORMAL
                && rules.fits(image.length)
                && withinSide(image, rules.maxSide())) {
            return new PreparedImage(image, kind, false);
        }
        BufferedImage pixels = decode(image, kind);
        pixels = upright(pixels, orientation);
        pixels = shrinkTo(pixels, rules.maxSide());
        return new PreparedImage(jpegWithin(pixels, rules), ImageKind.JPEG, true);
    }

    private static BufferedImage decode(byte[] image, ImageKind kind) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new UnusableImageException("the " + kind + " image cannot be decoded here");
            }
            return decoded;
        } catch (IOException e) {
            throw new UnusableImageException("the " + kind + " image is damaged: " + e.getMessage());
        }
    }

    private static boolean withinSide(byte[] image, int maxSide) {
        return dimensions(image)
                .map(size -> size[0] <= maxSide && size[1] <= maxSide)
                .orElse(false);
    }

    /** Width and height from the header, without decoding the pixels. */
    static Optional<int[]> dimensions(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Turns the pixels as EXIF says they should be seen (orientations 2-8). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == ExifOrientation.NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> {
                t.translate(w, 0);
                t.scale(-1, 1);
            }
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> {
                t.translate(0, h);
                t.scale(1, -1);
            }
            case 5 -> {
                t.rotate(Math.PI / 2);
                t.scale(1, -1);
            }
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> {
                t.scale(-1, 1);
                t.translate(-h, 0);
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            case 8 -> {
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> {}
        }
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private static BufferedImage shrinkTo(BufferedImage image, int maxSide) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        return longest <= maxSide ? opaque(image) : scaled(image, (double) maxSide / longest);
    }

    /**
     * The best JPEG quality that fits; if none does, smaller pixels. Cards are photographs, and JPEG
     * holds a photograph in a fraction of PNG's bytes.
     */
    private static byte[] jpegWithin(BufferedImage image, ImageRules rules) {
        BufferedImage current = image;
        while (true) {
            for (float quality : QUALITIES) {
                byte[] encoded = jpeg(current, quality);
                if (rules.fits(encoded.length)) {
                    return encoded;
                }
            }
            if (Math.max(current.getWidth(), current.getHeight()) * 0.8 < MIN_SIDE) {
                throw new UnusableImageException("the image cannot be made smaller than "
                        + rules.maxBase64Bytes() / (1024 * 1024) + " MB of base64 and still be legible");
            }
            current = scaled(current, 0.8);
        }
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, Color.WHITE, null);
        g.dispose();
        return out;
    }

    /** JPEG has no transparency: a transparent card background becomes white, not black. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        return scaled(image, 1.0);
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
