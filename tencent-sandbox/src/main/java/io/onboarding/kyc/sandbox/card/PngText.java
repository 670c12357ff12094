package io.onboarding.kyc.sandbox.card;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;

/** Writes and finds the sandbox's text chunk in a PNG file (iTXt on write; tEXt or iTXt on read). */
final class PngText {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    // Signature, then IHDR: length (4) + type (4) + 13 data bytes + CRC (4).
    private static final int AFTER_IHDR = SIGNATURE.length + 4 + 4 + 13 + 4;

    private PngText() {}

    static boolean isPng(byte[] bytes) {
        return bytes.length >= SIGNATURE.length
                && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /** Inserts an uncompressed iTXt chunk right after IHDR, where every reader will meet it. */
    static byte[] withText(byte[] png, String keyword, byte[] utf8Text) {
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        // keyword NUL, compression flag 0, compression method 0, empty language tag NUL, empty translated keyword NUL
        ByteBuffer data = ByteBuffer.allocate(key.length + 5 + utf8Text.length);
        data.put(key)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put(utf8Text);
        return withChunk(png, "iTXt", data.array());
    }

    /** Inserts a chunk right after IHDR: before the image data, as eXIf and text chunks must be. */
    static byte[] withChunk(byte[] png, String type, byte[] data) {
        byte[] chunk = chunk(type, data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.length);
        out.write(png, 0, AFTER_IHDR);
        out.writeBytes(chunk);
        out.write(png, AFTER_IHDR, png.length - AFTER_IHDR);
        return out.toByteArray();
    }

    /** The UTF-8 text stored under {@code keyword}; a tEXt value is Latin-1, so it is expected in base64. */
    static Optional<byte[]> find(byte[] png, String keyword) {
        if (!isPng(png)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(SIGNATURE.length);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            if (length < 0 || length > buffer.remaining() - 4) {
                return Optional.empty();
            }
            byte[] data = new byte[length];
            buffer.get(data);
            buffer.getInt(); // CRC: a damaged chunk simply fails to parse as our JSON
            String chunkType = new String(type, StandardCharsets.US_ASCII);
            Optional<byte[]> text = switch (chunkType) {
                case "tEXt" -> textChunk(data, keyword);
                case "iTXt" -> internationalTextChunk(data, keyword);
                default -> Optional.empty();
            };
            if (text.isPresent()) {
                return text;
            }
            if (chunkType.equals("IEND")) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> textChunk(byte[] data, String keyword) {
        int nul = indexOf(data, 0);
        if (nul < 0 || !keyword.equals(new String(data, 0, nul, StandardCharsets.ISO_8859_1))) {
            return Optional.empty();
        }
        String value = new String(data, nul + 1, data.length - nul - 1, StandardCharsets.ISO_8859_1).trim();
        if (value.startsWith("{")) {
            return Optional.of(value.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(Base64.getDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> internationalTextChunk(byte[] data, String keyword) {
        int keyEnd = indexOf(data, 0);
        if (keyEnd < 0
                || keyEnd + 3 > data.length
                || !keyword.equals(new String(data, 0, keyEnd, StandardCharsets.ISO_8859_1))) {
            return Optional.empty();
        }
        boolean compressed = data[keyEnd + 1] == 1;
        int languageEnd = indexOf(data, keyEnd + 3);
        int translatedEnd = languageEnd < 0 ? -1 : indexOf(data, languageEnd + 1);
        if (translatedEnd < 0) {
            return Optional.empty();
        }
        byte[] text = Arrays.copyOfRange(data, translatedEnd + 1, data.length);
        if (!compressed) {
            return Optional.of(text);
        }
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(text))) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
