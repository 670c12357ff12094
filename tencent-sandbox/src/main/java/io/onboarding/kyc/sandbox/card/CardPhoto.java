package io.onboarding.kyc.sandbox.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns printed card sides into the photo a customer uploads: where the card lies in the frame (edge to edge,
 * running off the edge, small on a desk, twice, both sides on a page, inside a phone app), what covers it, and
 * what the camera or copier did to the whole picture.
 */
final class CardPhoto {

    /** A composed photo and where each printed side lies in it. */
    record Photo(BufferedImage pixels, List<CardPlacement> placements) {}

    /** One printed side, ready to be laid into a photo. */
    record Printed(SandboxCardSide side, BufferedImage pixels) {}

    private static final Color DESK = new Color(0x8A, 0x6E, 0x55);
    private static final Color PAGE = new Color(0xFA, 0xFA, 0xF7);
    private static final int W = CardLayout.WIDTH;
    private static final int H = CardLayout.HEIGHT;

    static {
        Headless.ensure();
    }

    private CardPhoto() {}

    /**
     * @param sides one side, or front and back for a page holding both
     * @param seed  fixes the grain and noise, so one card always looks the same
     */
    static Photo take(List<Printed> sides, Set<CardDefect> defects, long seed) {
        Photo photo = frame(sides, defects);
        if (defects.contains(CardDefect.OCCLUDED)) {
            thumb(photo.pixels(), photo.placements().get(0));
        }
        if (defects.contains(CardDefect.RESHOOT)) {
            PhotoEffects.screen(photo.pixels());
        }
        if (defects.contains(CardDefect.PHOTOCOPY)) {
            PhotoEffects.photocopy(photo.pixels(), false, seed);
        } else if (defects.contains(CardDefect.COLOUR_PHOTOCOPY)) {
            PhotoEffects.photocopy(photo.pixels(), true, seed);
        }
        BufferedImage pixels = photo.pixels();
        if (defects.contains(CardDefect.SEVERE_BLUR)) {
            pixels = PhotoEffects.severeBlur(pixels);
        } else if (defects.contains(CardDefect.BLURRY)) {
            pixels = PhotoEffects.blur(pixels, 2);
        }
        if (defects.contains(CardDefect.LOW_RESOLUTION)) {
            return scaled(new Photo(pixels, photo.placements()), 0.25);
        }
        return new Photo(pixels, photo.placements());
    }

    private static Photo frame(List<Printed> sides, Set<CardDefect> defects) {
        Printed primary = sides.get(0);
        if (sides.size() > 1) {
            return page(sides);
        }
        if (defects.contains(CardDefect.ELECTRONIC)) {
            return phone(primary);
        }
        if (defects.contains(CardDefect.MULTIPLE_CARDS)) {
            return desk(primary, 1280, 900, List.of(new int[] {40, 60, 70}, new int[] {640, 480, 70}));
        }
        if (defects.contains(CardDefect.SMALL_IN_FRAME)) {
            return desk(primary, 1280, 960, List.of(new int[] {700, 180, 30}));
        }
        if (defects.contains(CardDefect.INCOMPLETE_BORDER)) {
            return desk(primary, W, H, List.of(new int[] {170, -26, 100})); // runs off the right and top edges
        }
        return new Photo(primary.pixels(), List.of(CardPlacement.whole(primary.side(), W, H)));
    }

    /** Cards on a wooden desk; each position is {x, y, percent of native size}. */
    private static Photo desk(Printed card, int width, int height, List<int[]> positions) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(photo);
        g.setPaint(new GradientPaint(0, 0, DESK.brighter(), width, height, DESK.darker()));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x5A, 0x44, 0x32, 60));
        for (int grain = 0; grain < height; grain += 9) { // wood grain
            g.drawLine(0, grain, width, grain + (int) (12 * Math.sin(grain / 37.0)));
        }
        List<CardPlacement> placements = new ArrayList<>();
        for (int[] position : positions) {
            int w = W * position[2] / 100;
            int h = H * position[2] / 100;
            g.setColor(new Color(0, 0, 0, 70)); // shadow
            g.fill(new RoundRectangle2D.Double(position[0] + 8, position[1] + 10, w, h, 30, 30));
            g.drawImage(card.pixels(), position[0], position[1], w, h, null);
            placements.add(new CardPlacement(card.side(), position[0], position[1], w, h));
        }
        g.dispose();
        return new Photo(photo, placements);
    }

    /** Front above back on a copier page, as banks used to ask for them. */
    private static Photo page(List<Printed> sides) {
        int width = 900;
        int height = 1200;
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(photo);
        g.setColor(PAGE);
        g.fillRect(0, 0, width, height);
        List<CardPlacement> placements = new ArrayList<>();
        int y = 60;
        for (Printed side : sides) {
            g.drawImage(side.pixels(), 22, y, null);
            placements.add(new CardPlacement(side.side(), 22, y, W, H));
            y += H + 40;
        }
        g.dispose();
        return new Photo(photo, placements);
    }

    /** An electronic ID card as a phone app shows it: status bar, title, the card, a QR code and a button. */
    private static Photo phone(Printed card) {
        int width = 720;
        int height = 1280;
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(photo);
        g.setPaint(new GradientPaint(0, 0, new Color(0x1E, 0x4E, 0x9C), 0, height, new Color(0x0E, 0x2A, 0x5C)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 255, 255, 220));
        g.setFont(CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("09:41", 32, 42);
        g.drawString("5G  87%", width - 130, 42);
        g.setFont(CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 38));
        g.drawString("Electronic Resident ID", 110, 160);
        g.setFont(CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 22));
        g.drawString("Show this screen for identity verification", 130, 205);
        int cardWidth = 668;
        int cardHeight = H * cardWidth / W;
        g.drawImage(card.pixels(), 26, 260, cardWidth, cardHeight, null);
        qrCode(g, 260, 760, 200, card.pixels().getRGB(300, 470));
        g.setColor(new Color(0x2F, 0xC2, 0x7A));
        g.fill(new RoundRectangle2D.Double(110, 1080, 500, 84, 42, 42));
        g.setColor(Color.WHITE);
        g.setFont(CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 30));
        g.drawString("Refresh code", 270, 1133);
        g.dispose();
        return new Photo(photo, List.of(new CardPlacement(card.side(), 26, 260, cardWidth, cardHeight)));
    }

    /** A QR-like block: finder squares in three corners and a pattern seeded by the card's pixels. */
    private static void qrCode(Graphics2D g, int x, int y, int size, int seed) {
        int modules = 25;
        int cell = size / modules;
        g.setColor(Color.WHITE);
        g.fillRect(x - 12, y - 12, size + 24, size + 24);
        g.setColor(Color.BLACK);
        long state = seed;
        for (int row = 0; row < modules; row++) {
            for (int column = 0; column < modules; column++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                if ((state >>> 61) % 2 == 0) {
                    g.fillRect(x + column * cell, y + row * cell, cell, cell);
                }
            }
        }
        for (int[] corner : new int[][] {{0, 0}, {modules - 7, 0}, {0, modules - 7}}) {
            int fx = x + corner[0] * cell;
            int fy = y + corner[1] * cell;
            g.setColor(Color.WHITE);
            g.fillRect(fx - cell, fy - cell, 9 * cell, 9 * cell);
            g.setColor(Color.BLACK);
            g.fillRect(fx, fy, 7 * cell, 7 * cell);
            g.setColor(Color.WHITE);
            g.fillRect(fx + cell, fy + cell, 5 * cell, 5 * cell);
            g.setColor(Color.BLACK);
            g.fillRect(fx + 2 * cell, fy + 2 * cell, 3 * cell, 3 * cell);
        }
    }

    /** The holder's thumb, reaching in from the right edge over a corner of the portrait. */
    private static void thumb(BufferedImage photo, CardPlacement card) {
        Graphics2D g = graphics(photo);
        double sx = card.width() / (double) W;
        double sy = card.height() / (double) H;
        AffineTransform saved = g.getTransform();
        g.translate(card.x(), card.y());
        g.scale(sx, sy);
        g.rotate(Math.toRadians(-20), 860, 330);
        Path2D thumb = new Path2D.Double();
        thumb.moveTo(900, 250);
        thumb.lineTo(760, 250);
        thumb.curveTo(690, 250, 690, 370, 760, 370);
        thumb.lineTo(900, 370);
        thumb.closePath();
        g.setPaint(new GradientPaint(700, 250, new Color(0xE8, 0xB8, 0x98), 700, 370, new Color(0xC8, 0x90, 0x70)));
        g.fill(thumb);
        g.setColor(new Color(0xF2, 0xD6, 0xC8));
        g.fill(new Ellipse2D.Double(712, 272, 70, 76)); // the nail
        g.setColor(new Color(0xB0, 0x80, 0x66));
        g.draw(new Ellipse2D.Double(712, 272, 70, 76));
        g.setTransform(saved);
        g.dispose();
    }

    private static Photo scaled(Photo photo, double factor) {
        BufferedImage source = photo.pixels();
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(small);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        List<CardPlacement> placements = new ArrayList<>();
        for (CardPlacement p : photo.placements()) {
            placements.add(new CardPlacement(
                    p.side(),
                    (int) Math.round(p.x() * factor),
                    (int) Math.round(p.y() * factor),
                    Math.max(1, (int) Math.round(p.width() * factor)),
                    Math.max(1, (int) Math.round(p.height() * factor))));
        }
        return new Photo(small, placements);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }
}
