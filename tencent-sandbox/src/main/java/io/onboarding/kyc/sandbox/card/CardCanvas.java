package io.onboarding.kyc.sandbox.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextAttribute;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The printed substrate both sides share: tinted card stock, guilloche lines, a rosette and text helpers. */
final class CardCanvas {

    static final Color LABEL = new Color(0x2E, 0x6B, 0x9E);
    static final Color INK = new Color(0x1C, 0x1C, 0x1E);
    private static final Color TABLE = new Color(0xE4, 0xE6, 0xE9);
    private static final Color EDGE = new Color(0xB9, 0xC3, 0xCC);

    static {
        Headless.ensure();
    }

    private final BufferedImage image;
    private final Graphics2D g;

    private CardCanvas(BufferedImage image) {
        this.image = image;
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** A blank card: RGB only, since JPEG has no alpha and real photos have none either. */
    static CardCanvas blank(Color tintFrom, Color tintTo, Color pattern) {
        CardCanvas canvas =
                new CardCanvas(new BufferedImage(CardLayout.WIDTH, CardLayout.HEIGHT, BufferedImage.TYPE_INT_RGB));
        canvas.paintStock(tintFrom, tintTo, pattern);
        return canvas;
    }

    Graphics2D graphics() {
        return g;
    }

    BufferedImage finish() {
        g.dispose();
        return image;
    }

    private void paintStock(Color tintFrom, Color tintTo, Color pattern) {
        int w = CardLayout.WIDTH;
        int h = CardLayout.HEIGHT;
        g.setColor(TABLE);
        g.fillRect(0, 0, w, h);
        Shape card = new RoundRectangle2D.Double(1.5, 1.5, w - 3.0, h - 3.0, 46, 46);
        g.setPaint(new GradientPaint(0, 0, tintFrom, w, h, tintTo));
        g.fill(card);

        Shape previousClip = g.getClip();
        g.setClip(card);
        g.setStroke(new BasicStroke(0.9f));
        g.setColor(withAlpha(pattern, 60));
        for (int line = -2; line < 38; line++) {
            Path2D wave = new Path2D.Double();
            for (int x = 0; x <= w; x += 4) {
                double y = line * 15 + 9 * Math.sin(x / 41.0 + line * 0.55) + 4 * Math.sin(x / 11.0 - line);
                if (x == 0) {
                    wave.moveTo(x, y);
                } else {
                    wave.lineTo(x, y);
                }
            }
            g.draw(wave);
        }
        rosette(w * 0.38, h * 0.52, 150, withAlpha(pattern, 45));
        g.setClip(previousClip);

        g.setStroke(new BasicStroke(2f));
        g.setColor(EDGE);
        g.draw(card);
    }

    /** Overlapping circles around a centre, the classic anti-copy motif printed under the text. */
    void rosette(double cx, double cy, double radius, Color color) {
        g.setStroke(new BasicStroke(0.8f));
        g.setColor(color);
        int petals = 36;
        double r = radius / 2;
        for (int i = 0; i < petals; i++) {
            double a = 2 * Math.PI * i / petals;
            g.draw(new Ellipse2D.Double(cx + r * Math.cos(a) - r, cy + r * Math.sin(a) - r, 2 * r, 2 * r));
        }
    }

    void label(String text, int x, int y) {
        g.setColor(LABEL);
        g.setFont(font(Font.SANS_SERIF, Font.PLAIN, 21));
        g.drawString(text, x, y);
    }

    void value(String text, int x, int y, Font font) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.setColor(INK);
        g.setFont(font);
        g.drawString(text, x, y);
    }

    /** Breaks text into lines no wider than {@code width}, character by character as Chinese addresses wrap. */
    List<String> wrap(String text, Font font, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        FontMetrics metrics = g.getFontMetrics(font);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if (metrics.stringWidth(line + next) > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    return lines;
                }
            }
            line.append(next);
            i += Character.charCount(codePoint);
        }
        lines.add(line.toString());
        return lines;
    }

    static Font font(String family, int style, float size) {
        return new Font(family, style, 1).deriveFont(size);
    }

    /** The font, shrunk until the text fits the width. */
    static Font fitted(Graphics2D g, Font font, String text, int width) {
        Font fitted = font;
        while (g.getFontMetrics(fitted).stringWidth(text) > width && fitted.getSize2D() > 8) {
            fitted = fitted.deriveFont(fitted.getSize2D() - 1);
        }
        return fitted;
    }

    static Font tracked(Font font, float tracking) {
        return font.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
    }

    static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }
}
