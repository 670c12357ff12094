package io.onboarding.kyc.sandbox.card;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Damaged and oversized variants of a generated image file, for the vendor's decode and size checks. Each keeps
 * the header and the sandbox's card document, so only the check under test can fail.
 */
public final class CardFiles {

    private static final int JPEG_APP15 = 0xEF;
    private static final int MAX_SEGMENT_PAYLOAD = 0xFFFF - 2;

    private CardFiles() {}

    /** The file cut off partway through its pixel data, as an interrupted upload leaves it. */
    public static byte[] truncated(byte[] image) {
        int keep = Math.max(pixelDataStart(image) + 16, image.length * 3 / 5);
        return Arrays.copyOf(image, Math.min(keep, image.length - 1));
    }

    /**
     * The file with its compressed pixel data overwritten by junk: the header still says "image", the pixels no
     * longer decode.
     */
    public static byte[] corrupted(byte[] image) {
        byte[] copy = image.clone();
        int from = pixelDataStart(image);
        SplittableRandom junk = new SplittableRandom(image.length);
        for (int i = from; i < copy.length - 2; i++) {
            copy[i] = (byte) junk.nextInt(256);
        }
        return copy;
    }

    /**
     * The same picture grown to at least {@code minBytes} with an ancillary chunk (PNG) or application segments
     * (JPEG) full of noise: a valid image every decoder still shows, just a large file.
     */
    public static byte[] padded(byte[] image, long minBytes) {
        long missing = minBytes - image.length;
        if (missing <= 0) {
            return image.clone();
        }
        if (missing > Integer.MAX_VALUE - 1024) {
            throw new IllegalArgumentException("padding beyond 2 GB is not supported");
        }
        byte[] noise = new byte[(int) missing];
        new SplittableRandom(minBytes).nextBytes(noise);
        if (PngText.isPng(image)) {
            return paddedPng(image, noise);
        }
        if (JpegComment.isJpeg(image)) {
            return paddedJpeg(image, noise);
        }
        throw new IllegalArgumentException("only PNG and JPEG files can be padded");
    }

    /** Private ancillary chunk {@code sbPd} before IEND; decoders skip chunks they do not know. */
    private static byte[] paddedPng(byte[] png, byte[] noise) {
        int iend = png.length - 12;
        byte[] type = "sbPd".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(noise);
        ByteBuffer chunk = ByteBuffer.allocate(12 + noise.length);
        chunk.putInt(noise.length).put(type).put(noise).putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.capacity());
        out.write(png, 0, iend);
        out.writeBytes(chunk.array());
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    /** APP15 segments after the JFIF header; their content is application data every decoder skips. */
    private static byte[] paddedJpeg(byte[] jpeg, byte[] noise) {
        int insertAt = 2;
        if (jpeg.length > 6 && (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            insertAt = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)); // JFIF wants its APP0 first
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + noise.length + noise.length / 1000);
        out.write(jpeg, 0, insertAt);
        for (int from = 0; from < noise.length; from += MAX_SEGMENT_PAYLOAD) {
            int size = Math.min(MAX_SEGMENT_PAYLOAD, noise.length - from);
            out.write(0xFF);
            out.write(JPEG_APP15);
            out.write((size + 2) >> 8);
            out.write((size + 2) & 0xFF);
            out.write(noise, from, size);
        }
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }

    /** Where compressed pixels begin: the first IDAT chunk's data (PNG) or the scan after SOS (JPEG). */
    private static int pixelDataStart(byte[] image) {
        if (PngText.isPng(image)) {
            int at = indexOf(image, "IDAT".getBytes(StandardCharsets.US_ASCII));
            if (at > 0) {
                return at + 4;
            }
        } else if (JpegComment.isJpeg(image)) {
            for (int i = 2; i + 1 < image.length; i++) {
                if ((image[i] & 0xFF) == 0xFF && (image[i + 1] & 0xFF) == 0xDA) {
                    int length = ((image[i + 2] & 0xFF) << 8) | (image[i + 3] & 0xFF);
                    return i + 2 + length;
                }
            }
        }
        throw new IllegalArgumentException("not a PNG or JPEG file with pixel data");
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
