package io.onboarding.kyc.sandbox;

import io.onboarding.kyc.sandbox.card.CardGenerator;
import io.onboarding.kyc.sandbox.card.ImageEncoding;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import io.onboarding.kyc.sandbox.card.SampleCards;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/** Generated cards shared by the tests; drawing and encoding a card is the slowest thing they do. */
public final class TestCards {

    public static final IdentityRegistry REGISTRY = IdentityRegistry.defaults();
    public static final String LI_MING_ID = "440524198701010014";
    public static final String WANG_FANG_ID = "440305199505132561";
    public static final String ZHANG_WEI_ID = "11010519491231002X";

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private TestCards() {}

    /** The sample card of a registered identity. */
    public static MainlandIdCard card(String idNumber) {
        return SampleCards.of(REGISTRY.byIdNumber(idNumber).orElseThrow());
    }

    public static byte[] front(MainlandIdCard card, ImageEncoding format) {
        return CACHE.computeIfAbsent("front/" + format + "/" + card, key -> CardGenerator.front(card, format));
    }

    public static byte[] back(MainlandIdCard card, ImageEncoding format) {
        return CACHE.computeIfAbsent("back/" + format + "/" + card, key -> CardGenerator.back(card, format));
    }

    /** A blank image in {@code format} ("png", "gif", "bmp", …): a photo with no card in it. */
    public static byte[] plain(String format, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A phone photo turned as its EXIF orientation 6 asks and re-encoded as JPEG without metadata, as the engine
     * prepares it.
     */
    public static byte[] upright(byte[] phonePhoto) {
        try {
            BufferedImage stored = ImageIO.read(new ByteArrayInputStream(phonePhoto));
            int w = stored.getWidth();
            int h = stored.getHeight();
            int[] from = stored.getRGB(0, 0, w, h, null, 0, w);
            int[] to = new int[from.length];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    to[x * h + (h - 1 - y)] = from[y * w + x];
                }
            }
            BufferedImage upright = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
            upright.setRGB(0, 0, h, w, to, 0, h);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(upright, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
