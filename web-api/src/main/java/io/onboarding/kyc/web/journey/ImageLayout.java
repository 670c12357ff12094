package io.onboarding.kyc.web.journey;

import static io.onboarding.kyc.web.journey.UnacceptableImageException.undecodable;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * What a PNG's chunks or a JPEG's markers say about the file, read without decompressing anything, so
 * the cost follows the bytes sent and never the size the header claims. Uploads go wrong by being cut
 * short far more often than by being garbled, and a cut is visible here for any image size.
 *
 * @param width  as the header states it (PNG allows up to 2^31 - 1, hence long)
 * @param height as the header states it
 * @param scans  how many passes the pixels take to decode: a progressive JPEG's decoder renders each
 *               of its scans in full, so it costs that many times a baseline image of the same size
 * @param whole  whether the file reaches its end mark (PNG {@code IEND}, JPEG {@code EOI})
 */
record ImageLayout(long width, long height, int scans, boolean whole) {

    private static final int PNG_SIGNATURE = 8;
    private static final int IHDR = type("IHDR");
    private static final int IDAT = type("IDAT");
    private static final int IEND = type("IEND");
    private static final int JPEG_EOI = 0xd9;
    private static final int JPEG_SOS = 0xda;

    /** @throws UnacceptableImageException image-decodable when the structure itself is broken */
    static ImageLayout of(ImageFormat format, byte[] image) {
        return format == ImageFormat.PNG ? png(image) : jpeg(image);
    }

    /** Chunks: length, type, data, CRC. IHDR first, then at least one IDAT, then IEND. */
    private static ImageLayout png(byte[] data) {
        long width = -1;
        long height = -1;
        int idats = 0;
        int at = PNG_SIGNATURE;
        while (at + 12 <= data.length) {
            long length = u32(data, at);
            int type = (int) u32(data, at + 4);
            if (width < 0 && (type != IHDR || length != 13)) {
                throw undecodable("it does not begin with a PNG header (IHDR) chunk");
            }
            if (length > data.length - at - 12) {
                break; // the chunk runs past the end: cut short
            }
            // Decoders give up on a damaged critical chunk (upper-case first letter); ancillary ones they skip.
            if ((data[at + 4] & 0x20) == 0 && !crcMatches(data, at + 4, (int) length)) {
                throw undecodable("its " + new String(data, at + 4, 4, StandardCharsets.US_ASCII)
                        + " chunk is damaged (checksum mismatch)");
            }
            if (type == IHDR) {
                width = u32(data, at + 8);
                height = u32(data, at + 12);
            } else if (type == IDAT) {
                idats++;
            } else if (type == IEND) {
                if (idats == 0) {
                    throw undecodable("it holds no image data (IDAT)");
                }
                return new ImageLayout(width, height, 1, true);
            }
            at += 12 + (int) length;
        }
        if (width < 0) {
            throw undecodable("it ends before its PNG header (IHDR) chunk is complete");
        }
        return new ImageLayout(width, height, 1, false);
    }

    /**
     * Marker segments, each jumped over by its length; after a start of scan (SOS), the entropy-coded
     * bytes up to the next marker (an 0xff in them is followed by a stuffed 0x00 or a restart marker);
     * and so on to EOI. Stray bytes between segments are passed over, as libjpeg does.
     */
    private static ImageLayout jpeg(byte[] data) {
        long width = -1;
        long height = -1;
        int scans = 0;
        int at = 2; // after SOI
        while (at + 1 < data.length) {
            int next = data[at + 1] & 0xff;
            if (data[at] != (byte) 0xff) {
                at++; // entropy-coded data, or a stray byte
            } else if (next == 0xff) {
                at++; // fill byte
            } else if (next == 0x00 || next == 0x01 || isRestart(next)) {
                at += 2; // a stuffed 0xff, or a marker without a length
            } else if (next == JPEG_EOI) {
                if (scans == 0 || width < 0) {
                    throw undecodable("it ends before any image data");
                }
                return new ImageLayout(width, height, scans, true);
            } else {
                if (at + 4 > data.length) {
                    break;
                }
                int length = u16(data, at + 2);
                if (length < 2) {
                    throw undecodable("a JPEG segment has an impossible length");
                }
                if (isStartOfFrame(next) && next > 0xc2) {
                    // Lossless, hierarchical and arithmetic-coded JPEGs: rare, and the JDK's decoder (the worker's too)
                    // reads none.
                    throw undecodable("it is coded in a JPEG process other than baseline, extended or progressive");
                }
                if (isStartOfFrame(next) && width < 0 && at + 9 <= data.length) {
                    height = u16(data, at + 5);
                    width = u16(data, at + 7);
                }
                if (next == JPEG_SOS) {
                    if (width < 0) {
                        throw undecodable("its image data comes before its frame header (SOF)");
                    }
                    scans++;
                }
                at += 2 + length;
            }
        }
        if (width < 0) {
            throw undecodable("it ends before its JPEG frame header (SOF)");
        }
        return new ImageLayout(width, height, Math.max(1, scans), false);
    }

    /** SOF0-SOF15, but not DHT (c4), JPG (c8) or DAC (cc), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    private static boolean isRestart(int marker) {
        return marker >= 0xd0 && marker <= 0xd7;
    }

    private static boolean crcMatches(byte[] data, int typeAt, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, typeAt, 4 + length);
        return crc.getValue() == u32(data, typeAt + 4 + length);
    }

    private static int type(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
    }

    private static long u32(byte[] data, int at) {
        return (long) u16(data, at) << 16 | u16(data, at + 2);
    }
}
