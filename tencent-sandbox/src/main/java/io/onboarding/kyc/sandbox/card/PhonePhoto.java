package io.onboarding.kyc.sandbox.card;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A phone's photo of a card on a table, as a camera app saves it: the camera's full size ({@link PhoneCamera}),
 * the card across about 70 % of the frame and seen a little from one side, with sensor noise; stored on its side,
 * as the sensor lay, with an EXIF orientation saying how to turn it.
 */
final class PhonePhoto {

    /** EXIF orientation 6: the stored picture must be turned a quarter clockwise to be seen upright. */
    static final int TURN_CLOCKWISE = 6;

    private static final double CARD_SHARE = 0.70;

    static {
        Headless.ensure();
    }

    private PhonePhoto() {}

    /** The scene as the person saw it, upright. */
    static BufferedImage shoot(BufferedImage card, PhoneCamera camera, long seed) {
        int wide = camera.longSide();
        int high = camera.shortSide();
        BufferedImage scene = new BufferedImage(wide, high, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scene.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xC9, 0xC2, 0xB6), wide, high, new Color(0x8F, 0x88, 0x7D)));
        g.fillRect(0, 0, wide, high);
        g.dispose();
        double width = wide * CARD_SHARE;
        double height = width * card.getHeight() / card.getWidth();
        double left = (wide - width) / 2;
        double top = (high - height) / 2;
        double tilt = high / 50.0; // the far corner drops this much
        // held a little to the right of square: the far edge shorter, the whole card turned two degrees
        Perspective.draw(
                scene,
                card,
                new Point2D.Double(left + width * 0.03, top),
                new Point2D.Double(left + width, top + tilt),
                new Point2D.Double(left + width - width * 0.01, top + height + tilt * 1.5),
                new Point2D.Double(left, top + height));
        sensorNoise(scene, seed);
        return scene;
    }

    /** The picture as the sensor stored it: a quarter turn anticlockwise of what was seen. */
    static BufferedImage stored(BufferedImage upright) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        int[] seen = upright.getRGB(0, 0, w, h, null, 0, w);
        int[] turned = new int[seen.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                turned[(w - 1 - x) * h + y] = seen[y * w + x];
            }
        }
        BufferedImage stored = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, h, w, turned, 0, h);
        return stored;
    }

    /** A minimal big-endian TIFF directory holding one entry, the orientation: the body of an EXIF block. */
    static byte[] exifOrientation(int orientation) {
        return ByteBuffer.allocate(26)
                .put("MM".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 42)
                .putInt(8) // the directory follows the header
                .putShort((short) 1) // one entry
                .putShort((short) 0x0112) // Orientation
                .putShort((short) 3) // SHORT
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0)
                .putInt(0) // no next directory
                .array();
    }

    /** JPEG carries EXIF in an APP1 segment that starts {@code Exif\0\0}. */
    static byte[] jpegWithOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = exifOrientation(orientation);
        byte[] payload = ByteBuffer.allocate(6 + tiff.length)
                .put("Exif".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0)
                .put((byte) 0)
                .put(tiff)
                .array();
        return JpegComment.withSegment(jpeg, JpegComment.APP1, payload);
    }

    /** PNG carries EXIF in an eXIf chunk (PNG 1.5 extensions), the TIFF structure without a prefix. */
    static byte[] pngWithOrientation(byte[] png, int orientation) {
        return PngText.withChunk(png, "eXIf", exifOrientation(orientation));
    }

    private static void sensorNoise(BufferedImage image, long seed) {
        SplittableRandom grain = new SplittableRandom(seed);
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int noise = grain.nextInt(13) - 6;
                int rgb = row[x];
                row[x] = PhotoEffects.pack((rgb >> 16 & 0xFF) + noise, (rgb >> 8 & 0xFF) + noise, (rgb & 0xFF) + noise);
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
    }
}
