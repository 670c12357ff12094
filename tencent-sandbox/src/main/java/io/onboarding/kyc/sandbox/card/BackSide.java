package io.onboarding.kyc.sandbox.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Lays out the national-emblem side: emblem and title at the top, issuing authority and validity below. */
final class BackSide {

    private static final Color EMBLEM_RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color EMBLEM_GOLD = new Color(0xF2, 0xC1, 0x4E);
    private static final Font COUNTRY = CardCanvas.tracked(CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 27), 0.06f);
    private static final Font TITLE = CardCanvas.tracked(CardCanvas.font(Font.SERIF, Font.BOLD, 46), 0.04f);
    private static final Font VALUE = CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 27);
    /** Right of the corner code, which prints in the bottom-left corner. */
    private static final int LABEL_X = CornerCode.PANEL.x + CornerCode.PANEL.width + 16;

    static final int VALUE_X = LABEL_X + 210;

    private BackSide() {}

    static BufferedImage paint(MainlandIdCard card) {
        CardCanvas canvas =
                CardCanvas.blank(new Color(0xEA, 0xF2, 0xF6), new Color(0xF4, 0xEC, 0xDF), new Color(0xC9, 0x9A, 0x7F));
        Graphics2D g = canvas.graphics();
        paintWall(g);
        paintEmblem(g, 130, 122, 78);

        g.setColor(CardCanvas.INK);
        g.setFont(COUNTRY);
        g.drawString("PEOPLE'S REPUBLIC OF CHINA", 250, 104);
        g.setFont(CardCanvas.fitted(g, TITLE, "Resident Identity Card", CardLayout.WIDTH - 250 - 36));
        g.drawString("Resident Identity Card", 250, 178);

        canvas.label("Issuing Authority", LABEL_X, 420);
        canvas.value(card.authority(), VALUE_X, 422, VALUE);
        canvas.label("Valid Period", LABEL_X, 482);
        canvas.value(card.printedValidity(), VALUE_X, 484, VALUE);
        return canvas.finish();
    }

    /** A red disc with gold rings, a large star and four small ones over a gate: emblem-like, not the emblem. */
    private static void paintEmblem(Graphics2D g, double cx, double cy, double r) {
        g.setColor(EMBLEM_GOLD);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(EMBLEM_RED);
        double inner = r * 0.84;
        g.fill(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner));
        g.setStroke(new BasicStroke(2.2f));
        g.setColor(EMBLEM_GOLD);
        for (int i = 0; i < 18; i++) { // wheat-ear ticks around the rim
            double a = 2 * Math.PI * i / 18;
            g.draw(new Line2D.Double(
                    cx + Math.cos(a) * inner * 0.88,
                    cy + Math.sin(a) * inner * 0.88,
                    cx + Math.cos(a) * inner * 0.98,
                    cy + Math.sin(a) * inner * 0.98));
        }
        g.fill(star(cx, cy - r * 0.32, r * 0.26));
        for (int i = 0; i < 4; i++) {
            double a = Math.toRadians(-150 + i * 40);
            g.fill(star(cx + Math.cos(a) * r * 0.58, cy - r * 0.32 + Math.sin(a) * r * 0.3 + r * 0.12, r * 0.08));
        }
        double gateW = r * 0.9;
        double gateTop = cy + r * 0.08;
        g.fill(new Rectangle2D.Double(cx - gateW / 2, gateTop, gateW, r * 0.08));
        g.fill(new Rectangle2D.Double(cx - gateW * 0.42, gateTop + r * 0.08, gateW * 0.84, r * 0.26));
        g.fill(new Rectangle2D.Double(cx - gateW * 0.55, gateTop + r * 0.34, gateW * 1.1, r * 0.07));
        g.setColor(EMBLEM_RED);
        for (int i = -2; i <= 2; i++) {
            g.fill(new Rectangle2D.Double(cx + i * gateW * 0.17 - r * 0.03, gateTop + r * 0.17, r * 0.06, r * 0.17));
        }
    }

    private static Path2D star(double cx, double cy, double outer) {
        Path2D star = new Path2D.Double();
        double inner = outer * 0.4;
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + Math.cos(a) * radius;
            double y = cy + Math.sin(a) * radius;
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    /** A faint crenellated wall across the middle, echoing the Great Wall print on the real card. */
    private static void paintWall(Graphics2D g) {
        Path2D wall = new Path2D.Double();
        wall.moveTo(0, 330);
        for (int x = 0; x <= CardLayout.WIDTH; x += 24) {
            double base = 300 - 40 * Math.sin(x / 160.0) - 12 * Math.sin(x / 47.0);
            wall.lineTo(x, base);
            wall.lineTo(x, base - 10);
            wall.lineTo(x + 12, base - 10);
            wall.lineTo(x + 12, base);
        }
        wall.lineTo(CardLayout.WIDTH, 340);
        wall.lineTo(0, 340);
        wall.closePath();
        g.setColor(new Color(0xB8, 0x8F, 0x6A, 46));
        g.fill(wall);
    }
}
