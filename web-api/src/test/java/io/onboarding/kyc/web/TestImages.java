package io.onboarding.kyc.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Images for requests that must pass every image rule. */
public final class TestImages {

    private TestImages() {}

    /** A blank PNG the size of an ID-1 card photographed at 10 pixels a millimetre. */
    public static byte[] cardPng() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(856, 540, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #cardPng()} as a request carries it: standard base64, padded. */
    public static String cardPngBase64() {
        return Base64.getEncoder().encodeToString(cardPng());
    }
}
