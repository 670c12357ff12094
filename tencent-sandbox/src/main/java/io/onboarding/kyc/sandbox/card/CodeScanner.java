package io.onboarding.kyc.sandbox.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the corner codes in a photo's pixels ({@link CornerCode}): what each card says, where it lies and which
 * way up. This is how the sandbox reads a card whose file lost its metadata to re-encoding.
 */
final class CodeScanner {

    /** Past this a photo is scanned shrunk: a code's modules are still several pixels wide, and it is faster. */
    private static final int SCAN_SIDE = 2400;
    /** A card tilted less than this is read, as the vendor's detector straightens a slanted card. */
    static final double UPRIGHT_TOLERANCE_DEGREES = 30;

    private static final Map<DecodeHintType, Object> HINTS = hints();

    /**
     * One card found in a photo.
     *
     * @param turn     how far the card is turned clockwise from upright, in degrees (-180 to 180)
     * @param mirrored the card shows as in a mirror, as a front camera's preview does
     */
    record Sighting(CardCode code, CardPlacement placement, double turn, boolean mirrored) {

        /** Upright enough to read: not mirrored, and tilted less than the tolerance. */
        boolean upright() {
            return !mirrored && Math.abs(turn) < UPRIGHT_TOLERANCE_DEGREES;
        }
    }

    static {
        Headless.ensure();
    }

    private CodeScanner() {}

    /** Every card whose code reads, front sides first, then top to bottom. */
    static List<Sighting> scan(BufferedImage image) {
        double fit = Math.min(1.0, SCAN_SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        BufferedImage fitted = fit < 1.0 ? resized(image, fit) : image;
        List<Sighting> found = new ArrayList<>();
        // cheapest first; the later looks help a small, soft or slanted code, and cost only when the first fails
        boolean small = Math.max(fitted.getWidth(), fitted.getHeight()) <= SCAN_SIDE / 2;
        for (Look look : Look.values()) {
            if (look.enlarges && !small) {
                continue; // a large photo's modules are wide enough already
            }
            BufferedImage looked = look.apply(fitted);
            double scale = fit * looked.getWidth() / fitted.getWidth();
            int w = looked.getWidth();
            int h = looked.getHeight();
            LuminanceSource luminance = new RGBLuminanceSource(w, h, looked.getRGB(0, 0, w, h, null, 0, w));
            for (Binarizer binarizer :
                    List.of((Binarizer) new HybridBinarizer(luminance), new GlobalHistogramBinarizer(luminance))) {
                for (Result result : decode(new BinaryBitmap(binarizer))) {
                    sighting(result, scale).ifPresent(found::add);
                }
                if (!found.isEmpty()) {
                    found.sort(
                            Comparator.comparing((Sighting seen) -> seen.code().side())
                                    .thenComparingInt(seen -> seen.placement().y())
                                    .thenComparingInt(seen -> seen.placement().x()));
                    return found;
                }
            }
        }
        return found;
    }

    /** Ways of looking at a photo again when its code did not read, cheapest first. */
    private enum Look {
        AS_IS(false),
        /** Twice the size, for modules only two or three pixels wide; only for photos that are small already. */
        ENLARGED(true),
        /** Unsharp-masked, for a photo out of focus. */
        SHARPENED(false),
        SHARPENED_ENLARGED(true);

        final boolean enlarges;

        Look(boolean enlarges) {
            this.enlarges = enlarges;
        }

        BufferedImage apply(BufferedImage image) {
            return switch (this) {
                case AS_IS -> image;
                case ENLARGED -> resized(image, 2);
                case SHARPENED -> sharpened(image);
                case SHARPENED_ENLARGED -> resized(sharpened(image), 2);
            };
        }
    }

    /** Twice the image less its blur: edges a soft focus spread out stand up again. */
    private static BufferedImage sharpened(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] sharp = image.getRGB(0, 0, w, h, null, 0, w);
        int[] soft = PhotoEffects.blur(image, 2).getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < sharp.length; i++) {
            sharp[i] = PhotoEffects.pack(
                    2 * (sharp[i] >> 16 & 0xFF) - (soft[i] >> 16 & 0xFF),
                    2 * (sharp[i] >> 8 & 0xFF) - (soft[i] >> 8 & 0xFF),
                    2 * (sharp[i] & 0xFF) - (soft[i] & 0xFF));
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, sharp, 0, w);
        return out;
    }

    /** Several codes when there are several; the single-code reader finds one the multi-code search misses. */
    private static List<Result> decode(BinaryBitmap bitmap) {
        try {
            return List.of(new QRCodeMultiReader().decodeMultiple(bitmap, HINTS));
        } catch (ReaderException | RuntimeException e) {
            // fall through to the single-code reader
        }
        try {
            return List.of(new QRCodeReader().decode(bitmap, HINTS));
        } catch (ReaderException | RuntimeException e) {
            return List.of();
        }
    }

    private static Optional<Sighting> sighting(Result result, double scale) {
        ResultPoint[] points = result.getResultPoints();
        if (points == null || points.length < 3) {
            return Optional.empty();
        }
        byte[] payload = payload(result);
        return CardCode.parse(payload).map(code -> {
            // the detector reports finder centres as bottom-left, top-left, top-right
            Point2D bottomLeft = point(points[0], scale);
            Point2D topLeft = point(points[1], scale);
            Point2D topRight = point(points[2], scale);
            CornerCode.Finders onCard = CornerCode.finders(payload);
            double span = onCard.topRight().getX() - onCard.topLeft().getX();
            double ux = (topRight.getX() - topLeft.getX()) / span;
            double uy = (topRight.getY() - topLeft.getY()) / span;
            double vx = (bottomLeft.getX() - topLeft.getX()) / span;
            double vy = (bottomLeft.getY() - topLeft.getY()) / span;
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] corner : new double[][] {
                {0, 0}, {CardLayout.WIDTH, 0}, {0, CardLayout.HEIGHT}, {CardLayout.WIDTH, CardLayout.HEIGHT}
            }) {
                double dx = corner[0] - onCard.topLeft().getX();
                double dy = corner[1] - onCard.topLeft().getY();
                double x = topLeft.getX() + dx * ux + dy * vx;
                double y = topLeft.getY() + dx * uy + dy * vy;
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
            CardPlacement placement = new CardPlacement(
                    code.side(),
                    (int) Math.round(minX),
                    (int) Math.round(minY),
                    Math.max(1, (int) Math.round(maxX - minX)),
                    Math.max(1, (int) Math.round(maxY - minY)));
            double turn = Math.toDegrees(Math.atan2(uy, ux));
            boolean mirrored = ux * vy - uy * vx < 0;
            return new Sighting(code, placement, turn, mirrored);
        });
    }

    private static byte[] payload(Result result) {
        Object segments = result.getResultMetadata() == null
                ? null
                : result.getResultMetadata().get(ResultMetadataType.BYTE_SEGMENTS);
        if (segments instanceof List<?> list && !list.isEmpty()) {
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            list.forEach(segment -> joined.writeBytes((byte[]) segment));
            return joined.toByteArray();
        }
        return result.getText().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Point2D point(ResultPoint point, double scale) {
        return new Point2D.Double(point.getX() / scale, point.getY() / scale);
    }

    private static BufferedImage resized(BufferedImage image, double scale) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, true);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name());
        return Map.copyOf(hints);
    }
}
