package io.onboarding.kyc.sandbox.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Draws a stylised head-and-shoulders photo whose every feature derives from the portrait subject, so the
 * same subject always looks the same and different subjects look different, without any real face.
 */
final class PortraitPainter {

    private static final Color[] SKIN = {
        new Color(0xF3, 0xD3, 0xB5), new Color(0xEC, 0xC4, 0x9F), new Color(0xE0, 0xAC, 0x86),
        new Color(0xD2, 0x9B, 0x77), new Color(0xC1, 0x8A, 0x66), new Color(0xA8, 0x74, 0x58)
    };
    private static final Color[] HAIR = {
        new Color(0x16, 0x14, 0x14), new Color(0x2B, 0x1E, 0x17), new Color(0x45, 0x2E, 0x20),
        new Color(0x5E, 0x40, 0x2B), new Color(0x7C, 0x7C, 0x7C), new Color(0x33, 0x26, 0x20)
    };
    private static final Color[] CLOTHES = {
        new Color(0x1F, 0x2A, 0x44), new Color(0x3A, 0x3A, 0x3C), new Color(0xF2, 0xF2, 0xF0),
        new Color(0x6E, 0x1F, 0x2B), new Color(0x2F, 0x4F, 0x3A), new Color(0x4A, 0x6F, 0x95)
    };
    private static final Color[] IRIS = {
        new Color(0x20, 0x16, 0x10), new Color(0x3B, 0x26, 0x18), new Color(0x2A, 0x2A, 0x2A)
    };

    private final byte[] traits;

    PortraitPainter(String portraitSubject) {
        String person = PortraitSubjects.person(portraitSubject);
        this.traits = digest(person == null ? "" : person);
        if (PortraitSubjects.isBorderline(portraitSubject)) {
            // the same face in a photo years apart: another hairstyle, glasses on or off, a little fuller
            traits[6] = (byte) (traits[6] + 1);
            traits[21] = (byte) ((traits[21] & 0xFF) % 5 == 0 ? 1 : 0);
            traits[1] = (byte) Math.min(255, (traits[1] & 0xFF) + 60);
        }
    }

    void paint(Graphics2D g, Rectangle box) {
        Shape previousClip = g.getClip();
        g.setClip(box);
        g.setColor(new Color(0xF7, 0xF8, 0xF8, 170));
        g.fill(box);

        double w = box.width;
        double h = box.height;
        double cx = box.x + w / 2 + (trait(0) - 0.5) * w * 0.06;
        double faceW = w * (0.44 + trait(1) * 0.08);
        double faceH = faceW * (1.24 + trait(2) * 0.12);
        double faceTop = box.y + h * (0.14 + trait(3) * 0.04);
        Color skin = pick(SKIN, 4);
        Color hair = pick(HAIR, 5);
        int hairStyle = traits[6] & 3;

        if (hairStyle == 2) { // long hair falls behind the shoulders
            g.setColor(hair);
            g.fill(new RoundRectangle2D.Double(
                    cx - faceW * 0.66, faceTop + faceH * 0.1, faceW * 1.32, faceH * 1.3, faceW * 0.5, faceW * 0.5));
        }
        paintShoulders(g, box, cx, faceTop + faceH);
        g.setColor(skin.darker());
        g.fill(new RoundRectangle2D.Double(cx - faceW * 0.2, faceTop + faceH * 0.75, faceW * 0.4, faceH * 0.4, 16, 16));
        g.setColor(skin);
        double earY = faceTop + faceH * 0.42;
        g.fill(new Ellipse2D.Double(cx - faceW * 0.56, earY, faceW * 0.16, faceH * 0.2));
        g.fill(new Ellipse2D.Double(cx + faceW * 0.40, earY, faceW * 0.16, faceH * 0.2));
        g.setColor(hair); // the crown, behind the face so the face's outline shapes the hairline's sides
        double volume = faceW * (0.04 + trait(9) * 0.08);
        g.fill(new Ellipse2D.Double(cx - faceW / 2 - volume, faceTop - volume * 1.6, faceW + 2 * volume, faceH * 0.7));
        Ellipse2D face = new Ellipse2D.Double(cx - faceW / 2, faceTop, faceW, faceH);
        g.setColor(skin);
        g.fill(face);

        paintHair(g, hairStyle, hair, face);
        paintFeatures(g, hair, skin, cx, faceTop, faceW, faceH);
        g.setClip(previousClip);
    }

    private void paintShoulders(Graphics2D g, Rectangle box, double cx, double chinY) {
        Color clothes = pick(CLOTHES, 7);
        double shoulderTop = chinY + box.height * 0.06;
        g.setColor(clothes);
        g.fill(new RoundRectangle2D.Double(
                box.x - box.width * 0.05,
                shoulderTop,
                box.width * 1.1,
                box.height,
                box.width * 0.55,
                box.width * 0.45));
        Path2D collar = new Path2D.Double();
        collar.moveTo(cx - box.width * 0.14, shoulderTop + 2);
        collar.lineTo(cx, shoulderTop + box.height * (0.09 + trait(8) * 0.05));
        collar.lineTo(cx + box.width * 0.14, shoulderTop + 2);
        collar.closePath();
        g.setColor(clothes.equals(CLOTHES[2]) ? new Color(0xC9, 0xCE, 0xD6) : new Color(0xF4, 0xF4, 0xF2));
        g.fill(collar);
    }

    /** The fringe: hair over the forehead down to a hairline curve whose depth and tilt vary by style. */
    private void paintHair(Graphics2D g, int style, Color hair, Ellipse2D face) {
        double left = face.getMinX();
        double right = face.getMaxX();
        double top = face.getMinY();
        double h = face.getHeight();
        double cx = face.getCenterX();
        double temple = top + h * 0.3;
        double depth = switch (style) {
            case 1 -> 0.26; // side parting: a fringe swept low to one side
            case 3 -> 0.14; // hair pulled back into a bun
            default -> 0.2 + trait(22) * 0.06;
        };
        double sweep = style == 1 ? (trait(23) < 0.5 ? -1 : 1) * face.getWidth() * 0.3 : 0;
        Path2D fringe = new Path2D.Double();
        fringe.moveTo(left - 2, top - 2);
        fringe.lineTo(right + 2, top - 2);
        fringe.lineTo(right + 2, temple);
        fringe.quadTo(cx + sweep, top + h * depth * 2 - h * 0.3, left - 2, temple);
        fringe.closePath();
        // Intersect with a slightly larger face so the face's anti-aliased rim does not show through the hair.
        Area hairOnFace = new Area(new Ellipse2D.Double(left - 1.5, top - 1.5, face.getWidth() + 3, h + 3));
        hairOnFace.intersect(new Area(fringe));
        g.setColor(hair);
        g.fill(hairOnFace);
        if (style == 3) {
            g.fill(new Ellipse2D.Double(
                    cx - face.getWidth() * 0.2, top - h * 0.22, face.getWidth() * 0.4, face.getWidth() * 0.34));
        }
        if (style == 2) { // long: strands framing the face
            g.fill(new RoundRectangle2D.Double(
                    left - face.getWidth() * 0.08, temple, face.getWidth() * 0.16, h * 0.75, 20, 20));
            g.fill(new RoundRectangle2D.Double(
                    right - face.getWidth() * 0.08, temple, face.getWidth() * 0.16, h * 0.75, 20, 20));
        }
    }

    private void paintFeatures(
            Graphics2D g, Color hair, Color skin, double cx, double top, double faceW, double faceH) {
        double eyeY = top + faceH * (0.44 + trait(10) * 0.04);
        double eyeGap = faceW * (0.19 + trait(11) * 0.06);
        double eyeW = faceW * (0.15 + trait(12) * 0.05);
        double eyeH = eyeW * (0.45 + trait(13) * 0.2);
        Color iris = pick(IRIS, 14);

        g.setStroke(new BasicStroke((float) (2.5 + trait(15) * 3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(hair.equals(HAIR[4]) ? hair.darker() : hair);
        double browTilt = (trait(16) - 0.5) * 6;
        for (int side = -1; side <= 1; side += 2) {
            double ex = cx + side * eyeGap;
            g.draw(new QuadCurve2D.Double(
                    ex - eyeW * 0.65,
                    eyeY - eyeH * 1.4 + side * browTilt,
                    ex,
                    eyeY - eyeH * 2.0,
                    ex + eyeW * 0.65,
                    eyeY - eyeH * 1.4 - side * browTilt));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(ex - eyeW / 2, eyeY - eyeH / 2, eyeW, eyeH));
            g.setColor(iris);
            double irisD = eyeH * 0.95;
            g.fill(new Ellipse2D.Double(ex - irisD / 2, eyeY - irisD / 2, irisD, irisD));
            g.setColor(hair.equals(HAIR[4]) ? hair.darker() : hair);
        }

        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(skin.darker());
        double noseLen = faceH * (0.14 + trait(17) * 0.06);
        g.draw(new QuadCurve2D.Double(
                cx, eyeY + eyeH, cx - faceW * 0.07, eyeY + noseLen, cx + faceW * 0.04, eyeY + noseLen + 4));

        double mouthY = top + faceH * (0.76 + trait(18) * 0.04);
        double mouthW = faceW * (0.22 + trait(19) * 0.12);
        double smile = (trait(20) - 0.3) * faceH * 0.08;
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xA8, 0x4E, 0x4A));
        g.draw(new QuadCurve2D.Double(cx - mouthW / 2, mouthY, cx, mouthY + smile, cx + mouthW / 2, mouthY));

        if ((traits[21] & 0xFF) % 5 == 0) { // some people wear glasses in their photo
            g.setStroke(new BasicStroke(2.4f));
            g.setColor(new Color(0x2A, 0x2A, 0x2A));
            double lens = eyeW * 1.6;
            for (int side = -1; side <= 1; side += 2) {
                double ex = cx + side * eyeGap;
                g.draw(new RoundRectangle2D.Double(ex - lens / 2, eyeY - lens * 0.38, lens, lens * 0.76, 10, 10));
            }
            g.draw(new QuadCurve2D.Double(
                    cx - eyeGap + lens / 2, eyeY - 2, cx, eyeY - 8, cx + eyeGap - lens / 2, eyeY - 2));
        }
    }

    /** A trait in [0, 1) taken from one byte of the subject's digest. */
    private double trait(int index) {
        return (traits[index] & 0xFF) / 256.0;
    }

    private Color pick(Color[] palette, int index) {
        return palette[(traits[index] & 0xFF) % palette.length];
    }

    private static byte[] digest(String subject) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
