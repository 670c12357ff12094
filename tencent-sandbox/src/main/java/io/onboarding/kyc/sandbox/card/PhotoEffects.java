package io.onboarding.kyc.sandbox.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** What a camera, a screen or a copier does to every pixel of a photo. */
final class PhotoEffects {

    static {
        Headless.ensure();
    }

    private PhotoEffects() {}

    /**
     * A photo of a screen: two interfering line gratings make moiré bands, every third column leans red, green
     * or blue like the screen's sub-pixels, and the corners fall off in brightness.
     */
    static void screen(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        double cx = w / 2.0;
        double cy = h / 2.0;
        double maxDistance = Math.hypot(cx, cy);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double moire = Math.sin((x * 0.996 + y * 0.087) * 1.9) * Math.sin((x * 0.970 - y * 0.242) * 1.9);
                double band = 0.86 + 0.12 * moire;
                double dx = (x - cx) / maxDistance;
                double dy = (y - cy) / maxDistance;
                double shade = band * (1.0 - 0.35 * (dx * dx + dy * dy));
                int rgb = pixels[y * w + x];
                double r = (rgb >> 16 & 0xFF) * shade;
                double g = (rgb >> 8 & 0xFF) * shade;
                double b = (rgb & 0xFF) * shade;
                switch (x % 3) {
                    case 0 -> r *= 1.08;
                    case 1 -> g *= 1.08;
                    default -> b *= 1.10;
                }
                pixels[y * w + x] = pack(r + 6, g + 10, b + 18); // screens render a little blue
            }
        }
        image.setRGB(0, 0, w, h, pixels, 0, w);
    }

    /**
     * A photocopy: toner grain, highlights blown to paper white, and (for a black-and-white copier) no colour.
     * A colour copier keeps a washed-out hint of colour.
     */
    static void photocopy(BufferedImage image, boolean colour, long seed) {
        SplittableRandom grain = new SplittableRandom(seed);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            double r = rgb >> 16 & 0xFF;
            double g = rgb >> 8 & 0xFF;
            double b = rgb & 0xFF;
            double luma = 0.299 * r + 0.587 * g + 0.114 * b;
            int draw = grain.nextInt(17_600);
            double noise = draw % 44 - 22;
            if (draw < 44) {
                noise -= 90; // a speck of toner
            }
            if (colour) {
                pixels[i] = pack(
                        contrast(luma + (r - luma) * 0.45) + noise,
                        contrast(luma + (g - luma) * 0.45) + noise,
                        contrast(luma + (b - luma) * 0.45) + noise);
            } else {
                double v = contrast(luma) + noise;
                pixels[i] = pack(v, v, v);
            }
        }
        // the copier's dirty glass leaves a streak down one side
        for (int y = 0; y < h; y++) {
            for (int x = Math.max(0, w - 14); x < w - 9; x++) {
                pixels[y * w + x] = pack(90, 90, 90);
            }
        }
        image.setRGB(0, 0, w, h, pixels, 0, w);
    }

    /** Light blur: a separable box blur, twice, which approximates a gaussian. */
    static BufferedImage blur(BufferedImage image, int radius) {
        BufferedImage once = boxBlur(boxBlur(image, radius, true), radius, false);
        return boxBlur(boxBlur(once, radius, true), radius, false);
    }

    /** Far out of focus: shrunk to a tenth and blown up again, which leaves only colour blobs. */
    static BufferedImage severeBlur(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage tiny = new BufferedImage(Math.max(1, w / 10), Math.max(1, h / 10), BufferedImage.TYPE_INT_RGB);
        Graphics2D down = tiny.createGraphics();
        down.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        down.drawImage(image, 0, 0, tiny.getWidth(), tiny.getHeight(), null);
        down.dispose();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D up = out.createGraphics();
        up.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        up.drawImage(tiny, 0, 0, w, h, null);
        up.dispose();
        return blur(out, 7);
    }

    private static BufferedImage boxBlur(BufferedImage source, int radius, boolean horizontal) {
        int w = source.getWidth();
        int h = source.getHeight();
        int[] in = source.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[in.length];
        int lines = horizontal ? h : w;
        int length = horizontal ? w : h;
        for (int line = 0; line < lines; line++) {
            for (int i = 0; i < length; i++) {
                int r = 0;
                int g = 0;
                int b = 0;
                int n = 0;
                for (int k = Math.max(0, i - radius); k <= Math.min(length - 1, i + radius); k++) {
                    int rgb = in[horizontal ? line * w + k : k * w + line];
                    r += rgb >> 16 & 0xFF;
                    g += rgb >> 8 & 0xFF;
                    b += rgb & 0xFF;
                    n++;
                }
                out[horizontal ? line * w + i : i * w + line] = (r / n) << 16 | (g / n) << 8 | (b / n);
            }
        }
        BufferedImage blurred = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        blurred.setRGB(0, 0, w, h, out, 0, w);
        return blurred;
    }

    private static double contrast(double value) {
        return (value - 45) * 1.45;
    }

    /** Red, green and blue, each clamped to 0–255, as one RGB pixel. */
    static int pack(double r, double g, double b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
