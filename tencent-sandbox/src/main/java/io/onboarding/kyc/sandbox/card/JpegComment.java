package io.onboarding.kyc.sandbox.card;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Writes and finds the sandbox's COM segment in a JPEG file. The segment holds {@code <keyword>:} and the
 * base64 of the UTF-8 text, because JPEG leaves a comment's character set undefined.
 */
final class JpegComment {

    private static final int MARKER = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    static final int APP1 = 0xE1;
    private static final int COM = 0xFE;
    private static final int MAX_SEGMENT_PAYLOAD = 0xFFFF - 2;

    private JpegComment() {}

    static boolean isJpeg(byte[] bytes) {
        return bytes.length >= 3
                && (bytes[0] & 0xFF) == MARKER
                && (bytes[1] & 0xFF) == SOI
                && (bytes[2] & 0xFF) == MARKER;
    }

    /** Inserts the comment as a COM segment. */
    static byte[] withComment(byte[] jpeg, String keyword, byte[] utf8Text) {
        byte[] payload =
                (keyword + ":" + Base64.getEncoder().encodeToString(utf8Text)).getBytes(StandardCharsets.US_ASCII);
        return withSegment(jpeg, COM, payload);
    }

    /** Inserts a segment after the JFIF APP0 segment when there is one, since JFIF wants APP0 first. */
    static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        if (payload.length > MAX_SEGMENT_PAYLOAD) {
            throw new IllegalArgumentException("the data does not fit one JPEG segment");
        }
        int insertAt = 2;
        if (jpeg.length > 6 && (jpeg[2] & 0xFF) == MARKER && (jpeg[3] & 0xFF) == APP0) {
            insertAt = 4 + segmentLength(jpeg, 4);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
        out.write(jpeg, 0, insertAt);
        out.write(MARKER);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }

    static Optional<byte[]> find(byte[] jpeg, String keyword) {
        if (!isJpeg(jpeg)) {
            return Optional.empty();
        }
        byte[] prefix = (keyword + ":").getBytes(StandardCharsets.US_ASCII);
        int pos = 2;
        while (pos + 1 < jpeg.length) {
            if ((jpeg[pos] & 0xFF) != MARKER) {
                return Optional.empty();
            }
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == MARKER) { // fill byte before a marker
                pos++;
                continue;
            }
            if (marker == SOS || marker == EOI) {
                return Optional.empty(); // entropy-coded data follows; metadata never lives there
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (pos + 4 > jpeg.length) {
                return Optional.empty();
            }
            int length = segmentLength(jpeg, pos + 2);
            int payloadStart = pos + 4;
            int payloadEnd = pos + 2 + length;
            if (length < 2 || payloadEnd > jpeg.length) {
                return Optional.empty();
            }
            if (marker == COM
                    && payloadEnd - payloadStart >= prefix.length
                    && Arrays.equals(jpeg, payloadStart, payloadStart + prefix.length, prefix, 0, prefix.length)) {
                return decode(Arrays.copyOfRange(jpeg, payloadStart + prefix.length, payloadEnd));
            }
            pos = payloadEnd;
        }
        return Optional.empty();
    }

    private static Optional<byte[]> decode(byte[] value) {
        String text = new String(value, StandardCharsets.UTF_8).trim();
        if (text.startsWith("{")) {
            return Optional.of(text.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int segmentLength(byte[] jpeg, int at) {
        return ((jpeg[at] & 0xFF) << 8) | (jpeg[at + 1] & 0xFF);
    }
}
