package io.onboarding.kyc.sandbox.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out the sandbox's non-mainland documents: one design for every issuer, in the issuer's colour, clearly
 * marked as a specimen. Front: title band, photo, holder's details, and the machine-readable zone on a passport.
 * Back: address, the issuer's extra fields and a barcode.
 */
final class ForeignCardPainter {

    /** Where the front prints the photo, and where a forger retypes the name and number. */
    static final Rectangle PORTRAIT = new Rectangle(36, 104, 196, 252);

    static final CardSurface.Retype NAME_FIELD = new CardSurface.Retype(262, 122, 560, 38, null, 266, 152);
    static final CardSurface.Retype NUMBER_FIELD = new CardSurface.Retype(262, 330, 300, 38, null, 266, 360);

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final Font COUNTRY = CardCanvas.tracked(CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 28), 0.06f);
    private static final Font TITLE = CardCanvas.tracked(CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 19), 0.12f);
    private static final Font LABEL = CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font VALUE = CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 24);
    private static final Font SMALL_VALUE = CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 20);
    private static final Font MRZ = CardCanvas.font(Font.MONOSPACED, Font.BOLD, 23);
    private static final Font SIGNATURE = CardCanvas.font(Font.SERIF, Font.ITALIC, 30);
    private static final Font SPECIMEN = CardCanvas.tracked(CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 14), 0.2f);

    private ForeignCardPainter() {}

    static String title(ForeignDocumentType type) {
        return switch (type) {
            case ID_CARD -> "IDENTITY CARD";
            case PASSPORT -> "PASSPORT";
            case DRIVING_LICENSE -> "DRIVING LICENCE";
        };
    }

    static BufferedImage front(ForeignCard card) {
        Color colour = card.country().colour();
        CardCanvas canvas = CardCanvas.blank(tint(colour, 0.92), tint(colour, 0.84), colour);
        Graphics2D g = canvas.graphics();
        band(g, card, 84);
        new PortraitPainter(card.portraitSubject()).paint(g, PORTRAIT);
        g.setColor(colour);
        g.setStroke(new BasicStroke(2f));
        g.draw(PORTRAIT);

        field(canvas, "Name", card.fullName(), 262, 118, VALUE, 560);
        int y = 178;
        if (!card.localName().isEmpty()) {
            field(canvas, "Name in local script", card.localName(), 262, y, VALUE, 560);
            y += 52;
        }
        field(canvas, "Sex", card.sex(), 262, y, SMALL_VALUE, 120);
        field(canvas, "Date of birth", printed(card.birth()), 420, y, SMALL_VALUE, 200);
        y += 52;
        if (y < 326) {
            field(canvas, "Nationality", card.country().name(), 262, y, SMALL_VALUE, 140);
            y += 52;
        }
        field(
                canvas,
                card.type() == ForeignDocumentType.PASSPORT ? "Passport No." : "Document No.",
                card.documentNumber(),
                262,
                326,
                VALUE,
                300);
        field(canvas, "Date of issue", printed(card.issued()), 262, 378, SMALL_VALUE, 200);
        field(
                canvas,
                "Date of expiry",
                card.expires() == null ? "-" : printed(card.expires()),
                500,
                378,
                SMALL_VALUE,
                200);
        if (card.type() == ForeignDocumentType.PASSPORT) {
            PassportMrz mrz = PassportMrz.of(card);
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect(0, 448, CardLayout.WIDTH, 92);
            g.setColor(CardCanvas.INK);
            g.setFont(CardCanvas.fitted(g, MRZ, mrz.first(), CardLayout.WIDTH - 40));
            g.drawString(mrz.first(), 20, 482);
            g.drawString(mrz.second(), 20, 518);
        } else {
            String signature = signature(card);
            g.setColor(CardCanvas.INK);
            g.setFont(CardCanvas.fitted(g, SIGNATURE, signature, PORTRAIT.width));
            g.drawString(signature, PORTRAIT.x, 410); // a signature under the photo, no wider than it
        }
        return canvas.finish();
    }

    static BufferedImage back(ForeignCard card) {
        Color colour = card.country().colour();
        CardCanvas canvas = CardCanvas.blank(tint(colour, 0.90), tint(colour, 0.94), colour);
        Graphics2D g = canvas.graphics();
        band(g, card, 60);
        int y = 96;
        if (!card.address().isEmpty()) {
            canvas.label("Address", 40, y + 14);
            List<String> lines = canvas.wrap(card.address(), SMALL_VALUE, 760, 2);
            for (int i = 0; i < lines.size(); i++) {
                canvas.value(lines.get(i), 40, y + 46 + i * 28, SMALL_VALUE);
            }
            y += 46 + lines.size() * 28 + 10;
        }
        int column = 0;
        for (Map.Entry<String, String> extra : sorted(card.extra())) {
            int x = column == 0 ? 40 : 440;
            field(canvas, spaced(extra.getKey()), extra.getValue(), x, y, SMALL_VALUE, 380);
            column = 1 - column;
            if (column == 0) {
                y += 52;
            }
            if (y > 370) {
                break;
            }
        }
        barcode(g, card.documentNumber(), 40, 420, 560, 80);
        g.setColor(CardCanvas.INK);
        g.setFont(SMALL_VALUE);
        g.drawString(card.documentNumber(), 620, 470);
        return canvas.finish();
    }

    /** Title band: issuer, document type and the specimen mark that keeps these from passing for real ones. */
    private static void band(Graphics2D g, ForeignCard card, int height) {
        g.setColor(card.country().colour());
        g.fill(new RoundRectangle2D.Double(1.5, 1.5, CardLayout.WIDTH - 3.0, height, 40, 40));
        g.fillRect(2, height / 2, CardLayout.WIDTH - 4, height / 2);
        g.setColor(Color.WHITE);
        g.setFont(COUNTRY);
        g.drawString(card.country().printedName(), 36, height > 70 ? 38 : 40);
        if (height > 70) {
            g.setFont(TITLE);
            g.drawString(title(card.type()), 36, 68);
        }
        g.setFont(SPECIMEN);
        g.setColor(new Color(255, 255, 255, 200));
        g.drawString("SPECIMEN - SANDBOX", CardLayout.WIDTH - 230, height > 70 ? 38 : 40);
    }

    private static void field(CardCanvas canvas, String label, String value, int x, int y, Font font, int width) {
        Graphics2D g = canvas.graphics();
        g.setColor(CardCanvas.LABEL);
        g.setFont(LABEL);
        g.drawString(label, x, y);
        canvas.value(value, x, y + 28, CardCanvas.fitted(g, font, value == null ? "" : value, width));
    }

    /** Bars whose widths follow the document number's digits: looks like a barcode, encodes nothing. */
    private static void barcode(Graphics2D g, String number, int x, int y, int width, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(x - 6, y - 6, width + 12, height + 12);
        g.setColor(Color.BLACK);
        int position = x;
        int i = 0;
        while (position < x + width - 4) {
            int c = number.charAt(i % number.length());
            int bar = 1 + c % 3;
            g.fillRect(position, y, bar * 2, height);
            position += bar * 2 + 2 + (c >> 2) % 3;
            i++;
        }
    }

    private static String signature(ForeignCard card) {
        String name = card.givenNames().isEmpty()
                ? card.surname()
                : card.givenNames().split(" ", -1)[0] + " " + card.surname();
        return name.isEmpty()
                ? ""
                : name.substring(0, 1).toUpperCase(Locale.ROOT)
                        + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static List<Map.Entry<String, String>> sorted(Map<String, String> extra) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(extra.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        return entries;
    }

    /** {@code CountryOfBirth} → {@code Country of birth}. */
    private static String spaced(String key) {
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2");
        return words.substring(0, 1) + words.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String printed(LocalDate date) {
        return date == null ? "" : PRINTED.format(date).toUpperCase(Locale.ROOT);
    }

    private static Color tint(Color colour, double towardsWhite) {
        return new Color(
                (int) (colour.getRed() + (255 - colour.getRed()) * towardsWhite),
                (int) (colour.getGreen() + (255 - colour.getGreen()) * towardsWhite),
                (int) (colour.getBlue() + (255 - colour.getBlue()) * towardsWhite));
    }
}
