package io.onboarding.kyc.sandbox.card;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR code printed in the bottom-left corner of both sides, on a white panel like the codes on many real
 * documents. It is always the same size on the card, so where its finder patterns are found tells where the card
 * lies, how large it is and which way up.
 */
final class CornerCode {

    /** The white panel in card coordinates: below the address, left of the ID number, into the rounded corner. */
    static final Rectangle PANEL = new Rectangle(20, 358, 166, 166);

    private static final int MARGIN = 8;
    private static final int SYMBOL = PANEL.width - 2 * MARGIN;
    private static final Color PAPER = new Color(0xFB, 0xFB, 0xF8);
    private static final Color INK = new Color(0x14, 0x14, 0x18);
    /**
     * Medium correction (15 % of the code may be lost): a sample card's code then fits version 3, 29 modules a
     * side, which keeps each module over two and a half pixels wide on a card at Tencent's minimum size.
     */
    private static final ErrorCorrectionLevel CORRECTION = ErrorCorrectionLevel.M;

    /** Where the centres of the three finder patterns lie on the card. */
    record Finders(Point2D topLeft, Point2D topRight, Point2D bottomLeft) {}

    static {
        Headless.ensure();
    }

    private CornerCode() {}

    /** Prints the code onto a card side at its native size. */
    static void print(BufferedImage card, CardCode code) {
        ByteMatrix modules = encode(code.bytes()).getMatrix();
        int dimension = modules.getWidth();
        Graphics2D g = card.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(PAPER);
            g.fill(new RoundRectangle2D.Double(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 12, 12));
            // modules snap to whole pixels: anti-aliased edges would leave grey seams between dark neighbours
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(INK);
            for (int row = 0; row < dimension; row++) {
                for (int column = 0; column < dimension; column++) {
                    if (modules.get(column, row) == 1) {
                        int x0 = edge(column, dimension);
                        int y0 = edge(row, dimension);
                        g.fillRect(
                                PANEL.x + MARGIN + x0,
                                PANEL.y + MARGIN + y0,
                                edge(column + 1, dimension) - x0,
                                edge(row + 1, dimension) - y0);
                    }
                }
            }
        } finally {
            g.dispose();
        }
    }

    /** Where the finder patterns of the code printed for this payload lie on the card. */
    static Finders finders(byte[] payload) {
        int dimension = encode(payload).getVersion().getDimensionForVersion();
        double module = SYMBOL / (double) dimension;
        double near = 3.5 * module;
        double far = (dimension - 3.5) * module;
        double x = PANEL.x + MARGIN;
        double y = PANEL.y + MARGIN;
        return new Finders(
                new Point2D.Double(x + near, y + near),
                new Point2D.Double(x + far, y + near),
                new Point2D.Double(x + near, y + far));
    }

    private static int edge(int module, int dimension) {
        return (int) Math.round(module * (double) SYMBOL / dimension);
    }

    /** Deterministic: the reader encodes a payload again to learn the symbol's size. */
    private static QRCode encode(byte[] payload) {
        try {
            // Latin-1 carries the payload's bytes one for one; byte mode, since its first byte is no digit or letter
            return Encoder.encode(
                    new String(payload, StandardCharsets.ISO_8859_1),
                    CORRECTION,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the card's fields do not fit a QR code", e);
        }
    }
}
