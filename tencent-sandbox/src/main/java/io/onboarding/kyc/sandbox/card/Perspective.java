package io.onboarding.kyc.sandbox.card;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/** Draws an image into a quadrilateral, as a camera held not quite square to a card sees it. */
final class Perspective {

    private Perspective() {}

    /**
     * @param corners where the source's top-left, top-right, bottom-right and bottom-left corners land in the target
     */
    static void draw(BufferedImage target, BufferedImage source, Point2D... corners) {
        double[] toTarget = squareTo(corners);
        double[] toSquare = inverse(toTarget);
        int sw = source.getWidth();
        int sh = source.getHeight();
        int[] from = source.getRGB(0, 0, sw, sh, null, 0, sw);
        int minX = Math.max(0, (int) Math.floor(min(corners, true)));
        int maxX = Math.min(target.getWidth() - 1, (int) Math.ceil(max(corners, true)));
        int minY = Math.max(0, (int) Math.floor(min(corners, false)));
        int maxY = Math.min(target.getHeight() - 1, (int) Math.ceil(max(corners, false)));
        if (minX > maxX || minY > maxY) {
            return;
        }
        int width = maxX - minX + 1;
        int[] row = new int[width];
        for (int y = minY; y <= maxY; y++) {
            target.getRGB(minX, y, width, 1, row, 0, width);
            for (int x = minX; x <= maxX; x++) {
                double w = toSquare[6] * x + toSquare[7] * y + toSquare[8];
                double u = (toSquare[0] * x + toSquare[1] * y + toSquare[2]) / w;
                double v = (toSquare[3] * x + toSquare[4] * y + toSquare[5]) / w;
                if (u >= 0 && u < 1 && v >= 0 && v < 1) {
                    row[x - minX] = bilinear(from, sw, sh, u * sw - 0.5, v * sh - 0.5);
                }
            }
            target.setRGB(minX, y, width, 1, row, 0, width);
        }
    }

    /** The projective map taking the unit square's corners to these four points (Heckbert's closed form). */
    private static double[] squareTo(Point2D[] p) {
        double x0 = p[0].getX();
        double y0 = p[0].getY();
        double x1 = p[1].getX();
        double y1 = p[1].getY();
        double x2 = p[2].getX();
        double y2 = p[2].getY();
        double x3 = p[3].getX();
        double y3 = p[3].getY();
        double sx = x0 - x1 + x2 - x3;
        double sy = y0 - y1 + y2 - y3;
        double dx1 = x1 - x2;
        double dx2 = x3 - x2;
        double dy1 = y1 - y2;
        double dy2 = y3 - y2;
        double det = dx1 * dy2 - dx2 * dy1;
        double g = (sx * dy2 - dx2 * sy) / det;
        double h = (dx1 * sy - sx * dy1) / det;
        return new double[] {x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1};
    }

    private static double[] inverse(double[] m) {
        double a = m[4] * m[8] - m[5] * m[7];
        double b = m[2] * m[7] - m[1] * m[8];
        double c = m[1] * m[5] - m[2] * m[4];
        double d = m[5] * m[6] - m[3] * m[8];
        double e = m[0] * m[8] - m[2] * m[6];
        double f = m[2] * m[3] - m[0] * m[5];
        double g = m[3] * m[7] - m[4] * m[6];
        double h = m[1] * m[6] - m[0] * m[7];
        double i = m[0] * m[4] - m[1] * m[3];
        return new double[] {a, b, c, d, e, f, g, h, i};
    }

    private static int bilinear(int[] pixels, int w, int h, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double red = 0;
        double green = 0;
        double blue = 0;
        for (int dy = 0; dy <= 1; dy++) {
            for (int dx = 0; dx <= 1; dx++) {
                int px = Math.max(0, Math.min(w - 1, x0 + dx));
                int py = Math.max(0, Math.min(h - 1, y0 + dy));
                double weight = (dx == 0 ? 1 - fx : fx) * (dy == 0 ? 1 - fy : fy);
                int rgb = pixels[py * w + px];
                red += (rgb >> 16 & 0xFF) * weight;
                green += (rgb >> 8 & 0xFF) * weight;
                blue += (rgb & 0xFF) * weight;
            }
        }
        return (int) Math.round(red) << 16 | (int) Math.round(green) << 8 | (int) Math.round(blue);
    }

    private static double min(Point2D[] points, boolean x) {
        double min = Double.MAX_VALUE;
        for (Point2D point : points) {
            min = Math.min(min, x ? point.getX() : point.getY());
        }
        return min;
    }

    private static double max(Point2D[] points, boolean x) {
        double max = -Double.MAX_VALUE;
        for (Point2D point : points) {
            max = Math.max(max, x ? point.getX() : point.getY());
        }
        return max;
    }
}
