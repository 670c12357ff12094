package io.onboarding.kyc.sandbox.card;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;

/**
 * Marks made on the card itself, before it is photographed: a temporary card's title band and stamp, a forger's
 * retyped fields, a watermark, the glare of a lamp. Each is drawn in card coordinates (856 x 540).
 */
final class CardSurface {

    private static final Color STAMP_RED = new Color(0xC4, 0x1E, 0x3A);
    private static final Font BAND = CardCanvas.tracked(CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 24), 0.08f);
    private static final Font STAMP = CardCanvas.tracked(CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 40), 0.15f);
    private static final Font WATERMARK = CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 30);
    /** A forger's font: serif where the card prints sans-serif, a little too large and a little too light. */
    private static final Font FORGED = CardCanvas.font(Font.SERIF, Font.PLAIN, 33);

    static {
        Headless.ensure();
    }

    private CardSurface() {}

    /** A field a forger painted over and retyped: the patch, and where the new text's baseline starts. */
    record Retype(int x, int y, int width, int height, String text, int textX, int textY) {}

    /** How a temporary document announces itself, and how far the stamp moves to clear the printed fields. */
    record TemporaryMarks(String title, int stampShift) {}

    /** The mainland card: the forger changes name and number on the front, the validity on the back. */
    static void apply(BufferedImage card, SandboxCardSide side, MainlandIdCard fields, Set<CardDefect> defects) {
        List<Retype> retypes = side == SandboxCardSide.FRONT
                ? List.of(
                        new Retype(140, 60, 300, 50, fields.name(), 152, 100),
                        new Retype(
                                FrontSide.ID_NUMBER_X - 12,
                                436,
                                440,
                                54,
                                fields.idNumber(),
                                FrontSide.ID_NUMBER_X + 4,
                                477))
                : List.of(new Retype(
                        BackSide.VALUE_X - 10, 452, 460, 46, fields.printedValidity(), BackSide.VALUE_X + 2, 486));
        apply(
                card,
                defects,
                retypes,
                new TemporaryMarks("TEMPORARY RESIDENT IDENTITY CARD", side == SandboxCardSide.FRONT ? 0 : -140));
    }

    static void apply(BufferedImage card, Set<CardDefect> defects, List<Retype> retypes, TemporaryMarks temporary) {
        Graphics2D g = card.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (defects.contains(CardDefect.TEMPORARY)) {
                temporary(g, temporary);
            }
            if (defects.contains(CardDefect.PS_ALTERED)) {
                retypes.forEach(retype -> retyped(g, retype));
            }
            if (defects.contains(CardDefect.WATERMARK)) {
                watermark(g);
            }
            if (defects.contains(CardDefect.REFLECTIVE)) {
                glare(g);
            }
        } finally {
            g.dispose();
        }
    }

    /** The temporary card's paper is yellower, its title runs across the top and a red stamp says what it is. */
    private static void temporary(Graphics2D g, TemporaryMarks marks) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
        g.setColor(new Color(0xF2, 0xD0, 0x6B));
        g.fillRect(0, 0, CardLayout.WIDTH, CardLayout.HEIGHT);
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(new Color(0xB2, 0x22, 0x2E, 215));
        g.fillRect(0, 14, CardLayout.WIDTH, 34);
        g.setColor(Color.WHITE);
        g.setFont(BAND);
        g.drawString(marks.title(), 48, 40);

        AffineTransform saved = g.getTransform();
        g.translate(0, marks.stampShift()); // clear of the fields that must stay legible
        g.rotate(Math.toRadians(-12), 330, 405);
        g.setColor(new Color(STAMP_RED.getRed(), STAMP_RED.getGreen(), STAMP_RED.getBlue(), 170));
        g.setStroke(new BasicStroke(5f));
        g.draw(new RoundRectangle2D.Double(150, 372, 330, 66, 14, 14));
        g.setFont(STAMP);
        g.drawString("TEMPORARY", 168, 421);
        g.setTransform(saved);
    }

    /**
     * A patch of flat colour over a field, with the new text in the wrong font. The patch hides the guilloche
     * lines, which is what gives such edits away.
     */
    private static void retyped(Graphics2D g, Retype retype) {
        g.setColor(new Color(0xF3, 0xF1, 0xEA));
        g.fillRect(retype.x(), retype.y(), retype.width(), retype.height());
        g.setColor(new Color(0xC8, 0xC2, 0xB4));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(retype.x(), retype.y(), retype.width(), retype.height()); // the seam
        if (retype.text() != null && !retype.text().isEmpty()) {
            g.setColor(new Color(0x3A, 0x36, 0x33));
            g.setFont(FORGED);
            g.drawString(retype.text(), retype.textX(), retype.textY());
        }
    }

    private static void watermark(Graphics2D g) {
        AffineTransform saved = g.getTransform();
        g.setFont(WATERMARK);
        g.setColor(new Color(0x9A, 0x1F, 0x1F, 70));
        g.rotate(Math.toRadians(-18), CardLayout.WIDTH / 2.0, CardLayout.HEIGHT / 2.0);
        for (int row = -2; row < 7; row++) {
            int offset = row % 2 == 0 ? 0 : 200;
            for (int column = -1; column < 3; column++) {
                g.drawString("FOR ACCOUNT OPENING ONLY", column * 520 + offset - 60, row * 110 + 20);
            }
        }
        g.setTransform(saved);
    }

    /** A lamp's hotspot: blown-out white in the middle, fading out over the card's left half. */
    private static void glare(Graphics2D g) {
        Point2D centre = new Point2D.Double(300, 215);
        g.setPaint(new RadialGradientPaint(centre, 230f, new float[] {0f, 0.35f, 1f}, new Color[] {
            new Color(255, 255, 255, 250), new Color(255, 255, 250, 190), new Color(255, 255, 255, 0)
        }));
        g.fill(new Ellipse2D.Double(centre.getX() - 300, centre.getY() - 170, 600, 340));
    }
}
