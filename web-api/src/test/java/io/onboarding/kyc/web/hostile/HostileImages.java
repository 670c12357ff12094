package io.onboarding.kyc.web.hostile;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Images for tests, good and hostile, made on the spot: a card-size photo the door accepts, and files
 * cut short, damaged, or with headers that claim what their bytes do not hold.
 */
public final class HostileImages {

    /** An ID-1 card photographed edge to edge, as the devstack samples are. */
    public static final int CARD_WIDTH = 856;

    public static final int CARD_HEIGHT = 540;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final byte[] CARD_JPEG = jpeg(CARD_WIDTH, CARD_HEIGHT, false);
    private static final byte[] CARD_PNG = png(CARD_WIDTH, CARD_HEIGHT);

    private HostileImages() {}

    /** An image the door must refuse, and the rule it breaks; made when first asked for. */
    public record Refused(String name, Supplier<byte[]> image, String rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An image the door must take. */
    public record Accepted(String name, Supplier<byte[]> image) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every way an image is refused at the door, one case per way it goes wrong. */
    public static List<Refused> refusedAtTheDoor() {
        byte[] jpeg = cardJpeg();
        byte[] png = cardPng();
        int sof = marker(jpeg, 0xc0);
        int sos = marker(jpeg, 0xda);
        return List.of(
                new Refused("text", () -> "just some text".getBytes(StandardCharsets.US_ASCII), "image-format"),
                new Refused("GIF", () -> other("gif", CARD_WIDTH, CARD_HEIGHT), "image-format"),
                new Refused("BMP", () -> other("bmp", CARD_WIDTH, CARD_HEIGHT), "image-format"),
                new Refused("bare PNG signature", () -> PNG_SIGNATURE.clone(), "image-decodable"),
                new Refused(
                        "bare JPEG signature",
                        () -> new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
                        "image-decodable"),
                new Refused("PNG cut in half", () -> cut(png, png.length / 2), "image-decodable"),
                new Refused("PNG without IEND", () -> cut(png, png.length - 12), "image-decodable"),
                new Refused(
                        "PNG signature and IHDR only",
                        () -> concat(PNG_SIGNATURE, chunk("IHDR", ihdr(856, 540, 8, 2))),
                        "image-decodable"),
                new Refused("PNG with a damaged IDAT checksum", () -> flipped(png, png.length - 13), "image-decodable"),
                new Refused(
                        "PNG whose IDAT is not zlib",
                        () -> png(ihdr(856, 540, 8, 2), new byte[4000]),
                        "image-decodable"),
                new Refused(
                        "PNG missing rows",
                        () -> png(ihdr(856, 540, 8, 2), deflate(new byte[857 * 10])),
                        "image-decodable"),
                new Refused(
                        "PNG with colour type 5",
                        () -> png(ihdr(856, 540, 8, 5), deflate(new byte[10])),
                        "image-decodable"),
                new Refused(
                        "PNG starting with IDAT",
                        () -> concat(PNG_SIGNATURE, chunk("IDAT", deflate(new byte[10])), chunk("IEND", new byte[0])),
                        "image-decodable"),
                new Refused("JPEG cut in half", () -> cut(jpeg, jpeg.length / 2), "image-decodable"),
                new Refused("JPEG without EOI", () -> cut(jpeg, jpeg.length - 2), "image-decodable"),
                new Refused("JPEG cut inside its frame header", () -> cut(jpeg, sof + 6), "image-decodable"),
                new Refused(
                        "JPEG with its scan data scrambled", () -> scrambled(jpeg, sos + 200, 400), "image-decodable"),
                new Refused("JPEG with a segment running past the end", () -> lengthened(jpeg), "image-decodable"),
                new Refused("arithmetic-coded JPEG (SOF9)", () -> withByte(jpeg, sof + 1, 0xc9), "image-decodable"),
                new Refused("1 x 1 PNG", () -> png(1, 1), "image-dimensions"),
                new Refused("1 x 1 JPEG", () -> jpeg(1, 1, false), "image-dimensions"),
                new Refused("599 x 378 PNG", () -> png(599, 378), "image-dimensions"),
                new Refused("600 x 377 JPEG", () -> jpeg(600, 377, false), "image-dimensions"),
                new Refused("0 x 0 PNG header", () -> pngHeaderOnly(0, 0), "image-dimensions"),
                new Refused("JPEG claiming height 0", () -> jpegClaiming(jpeg, 856, 0), "image-dimensions"),
                new Refused("30000 x 30000 PNG header", () -> pngHeaderOnly(30_000, 30_000), "image-dimensions"),
                new Refused("30000 x 30000 JPEG header", () -> jpegClaiming(jpeg, 30_000, 30_000), "image-dimensions"),
                new Refused("65535 x 65535 JPEG header", () -> jpegClaiming(jpeg, 65_535, 65_535), "image-dimensions"),
                new Refused("2^32-1 x 1 PNG header", () -> pngHeaderOnly(0xffff_ffffL, 1), "image-dimensions"),
                new Refused("20000 x 600 PNG header (a strip)", () -> pngHeaderOnly(20_000, 600), "image-dimensions"),
                new Refused("30000 x 30000 PNG deflate bomb", () -> Bombs.HUGE, "image-dimensions"),
                new Refused("12000 x 12000 PNG deflate bomb", () -> Bombs.TOO_MANY_PIXELS, "image-dimensions"));
    }

    /** Images the door takes, including the awkward ones real cameras and scanners make. */
    public static List<Accepted> acceptedAtTheDoor() {
        return List.of(
                new Accepted("card JPEG", HostileImages::cardJpeg),
                new Accepted("card PNG", HostileImages::cardPng),
                new Accepted("progressive JPEG", () -> jpeg(CARD_WIDTH, CARD_HEIGHT, true)),
                new Accepted("CMYK JPEG", () -> cmykJpeg(CARD_WIDTH, CARD_HEIGHT)),
                new Accepted(
                        "JPEG on its side, EXIF orientation 6",
                        () -> exifRotated(jpeg(CARD_HEIGHT, CARD_WIDTH, false), 6)),
                new Accepted(
                        "JPEG with data after EOI",
                        () -> concat(cardJpeg(), "maker data".getBytes(StandardCharsets.US_ASCII))),
                new Accepted("JPEG with stray bytes before a segment", HostileImages::strayBytesBeforeDqt),
                new Accepted("smallest PNG, 600 x 378", () -> png(600, 378)),
                new Accepted("smallest JPEG upright, 378 x 600", () -> jpeg(378, 600, false)),
                new Accepted("4000 x 3000 phone JPEG", () -> jpeg(4000, 3000, false)),
                new Accepted("2500 x 2000 PNG, all black (decoded in full)", () -> pngBomb(2500, 2000)),
                new Accepted("7000 x 7000 PNG, all black (49 MP)", () -> Bombs.LARGEST_ACCEPTED));
    }

    /** PNG deflate bombs, all black, built once: deflating 900 MB of zeros takes a moment. Do not change them. */
    public static final class Bombs {
        /** 30000 x 30000: 900 MB of pixels in 0.9 MB. */
        public static final byte[] HUGE = pngBomb(30_000, 30_000);
        /** 12000 x 12000: no side too long, but 144 megapixels. */
        public static final byte[] TOO_MANY_PIXELS = pngBomb(12_000, 12_000);
        /** 7000 x 7000: 49 megapixels, just within bounds. */
        public static final byte[] LARGEST_ACCEPTED = pngBomb(7_000, 7_000);

        private Bombs() {}
    }

    /** The first APP0 (or DQT) segment's length made to reach past the end of the file. */
    private static byte[] lengthened(byte[] jpeg) {
        int app0 = marker(jpeg, 0xe0, 0xdb);
        byte[] out = jpeg.clone();
        out[app0 + 2] = (byte) 0xff;
        out[app0 + 3] = (byte) 0xff;
        return cut(out, Math.min(out.length, app0 + 2000));
    }

    /** Three zero bytes before the first quantisation table, a quirk of some cameras' encoders. */
    private static byte[] strayBytesBeforeDqt() {
        byte[] jpeg = cardJpeg();
        int dqt = marker(jpeg, 0xdb);
        return concat(Arrays.copyOf(jpeg, dqt), new byte[3], Arrays.copyOfRange(jpeg, dqt, jpeg.length));
    }

    private static byte[] withByte(byte[] data, int at, int value) {
        byte[] out = data.clone();
        out[at] = (byte) value;
        return out;
    }

    /** A card-size baseline JPEG the door accepts. */
    public static byte[] cardJpeg() {
        return CARD_JPEG.clone();
    }

    /** A card-size PNG the door accepts. */
    public static byte[] cardPng() {
        return CARD_PNG.clone();
    }

    /** Something that looks like a photographed card: a gradient and lines of text. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xE8, 0xD8, 0xC0), width, height, new Color(0x70, 0x90, 0xB0)));
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, height / 24)));
        Random random = new Random(width * 31L + height);
        for (int line = 1; line < 24; line++) {
            g.setColor(new Color(random.nextInt(0x60), random.nextInt(0x60), random.nextInt(0x60)));
            g.drawString("NAME 王芳 ID 440305199505132561 " + line, width / 20, line * height / 24);
        }
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        return write(writer, new IIOImage(picture(width, height), null, null), param);
    }

    /** Four channels and an Adobe marker, as print workflows save them. */
    public static byte[] cmykJpeg(int width, int height) {
        Raster rgb = picture(width, height).getRaster();
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] pixel = new int[3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                rgb.getPixel(x, y, pixel);
                int k = 255 - Math.max(pixel[0], Math.max(pixel[1], pixel[2]));
                cmyk.setPixel(x, y, new int[] {255 - pixel[0] - k, 255 - pixel[1] - k, 255 - pixel[2] - k, k});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        return write(writer, new IIOImage(cmyk, null, null), writer.getDefaultWriteParam());
    }

    public static byte[] png(int width, int height) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return write(writer, new IIOImage(picture(width, height), null, null), writer.getDefaultWriteParam());
    }

    /** Some other format ImageIO writes ("gif", "bmp"). */
    public static byte[] other(String format, int width, int height) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
        indexed.createGraphics().drawImage(picture(width, height), 0, 0, null);
        return write(writer, new IIOImage(indexed, null, null), writer.getDefaultWriteParam());
    }

    /** A JPEG whose EXIF says "turn me" ({@code orientation} 1-8), as phones save a card held upright. */
    public static byte[] exifRotated(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 42)
                .putInt(8) // big-endian TIFF, IFD at 8
                .putShort((short) 1) // one entry
                .putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0)
                .putInt(0); // no next IFD
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        return concat(Arrays.copyOf(jpeg, 2), segment(0xe1, exif), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** The same JPEG with its frame header (SOF) claiming another size; the data stays as it was. */
    public static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        int sof = marker(out, 0xc0, 0xc2);
        out[sof + 5] = (byte) (height >> 8);
        out[sof + 6] = (byte) height;
        out[sof + 7] = (byte) (width >> 8);
        out[sof + 8] = (byte) width;
        return out;
    }

    /** Where the first of the given markers sits (at its 0xff). */
    public static int marker(byte[] jpeg, int... markers) {
        for (int at = 2; at + 1 < jpeg.length; at++) {
            if ((jpeg[at] & 0xff) == 0xff) {
                for (int marker : markers) {
                    if ((jpeg[at + 1] & 0xff) == marker) {
                        return at;
                    }
                }
            }
        }
        throw new IllegalArgumentException("no such marker");
    }

    /**
     * A valid PNG of {@code width} x {@code height} 8-bit grey pixels, all black: a deflate bomb when
     * large. Built from one row deflated once and repeated (each copy is flushed, so none refers to
     * another), so making a 900 MB bomb costs a row's worth of work.
     */
    public static byte[] pngBomb(long width, long height) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[(int) width + 1]); // filter byte 0 and black pixels
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            row.write(buffer, 0, written);
        } while (written == buffer.length);
        deflater.end();
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        zlib.write(0x78);
        zlib.write(0xda);
        byte[] compressedRow = row.toByteArray();
        for (long y = 0; y < height; y++) {
            zlib.writeBytes(compressedRow);
        }
        zlib.writeBytes(new byte[] {0x03, 0x00}); // an empty final block
        long adler = (height * (width + 1) % 65521) << 16 | 1; // Adler-32 of that many zeros
        zlib.writeBytes(ByteBuffer.allocate(4).putInt((int) adler).array());
        return png(ihdr(width, height, 8, 0), zlib.toByteArray());
    }

    /** A PNG whose header claims {@code width} x {@code height} but whose data is a single empty row. */
    public static byte[] pngHeaderOnly(long width, long height) {
        return png(ihdr(width, height, 8, 2), deflate(new byte[1]));
    }

    /** Signature, IHDR, the given image data as one IDAT, IEND. */
    public static byte[] png(byte[] ihdr, byte[] idat) {
        return concat(PNG_SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", new byte[0]));
    }

    /** IHDR's 13 bytes; colour type 0 grey, 2 RGB. */
    public static byte[] ihdr(long width, long height, int bitDepth, int colourType) {
        return ByteBuffer.allocate(13)
                .putInt((int) width)
                .putInt((int) height)
                .put((byte) bitDepth)
                .put((byte) colourType)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
    }

    /** Length, type, data and a correct CRC. */
    public static byte[] chunk(String type, byte[] data) {
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.US_ASCII), data);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeAndData)
                .putInt((int) crc.getValue())
                .array();
    }

    public static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** The first {@code length} bytes. */
    public static byte[] cut(byte[] data, int length) {
        return Arrays.copyOf(data, length);
    }

    /** A copy with the byte at {@code at} inverted. */
    public static byte[] flipped(byte[] data, int at) {
        byte[] out = data.clone();
        out[at] = (byte) ~out[at];
        return out;
    }

    /** A copy with {@code length} bytes from {@code at} overwritten by noise. */
    public static byte[] scrambled(byte[] data, int at, int length) {
        byte[] out = data.clone();
        byte[] noise = new byte[length];
        new Random(at).nextBytes(noise);
        System.arraycopy(noise, 0, out, at, length);
        return out;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] payload) {
        return concat(
                new byte[] {(byte) 0xff, (byte) marker, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)
                },
                payload);
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
