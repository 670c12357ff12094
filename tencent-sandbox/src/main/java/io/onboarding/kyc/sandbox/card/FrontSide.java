package io.onboarding.kyc.sandbox.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

/** Lays out the portrait side: holder's details on the left, photo on the right, ID number along the bottom. */
final class FrontSide {

    private static final int LABEL_X = 48;
    private static final int VALUE_X = 150;
    private static final Font VALUE = CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 27);
    private static final Font NAME = CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 31);
    private static final Font SMALL_LABEL = CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final Font ID_NUMBER = CardCanvas.tracked(CardCanvas.font(Font.MONOSPACED, Font.BOLD, 34), 0.08f);

    private FrontSide() {}

    static BufferedImage paint(MainlandIdCard card) {
        CardCanvas canvas =
                CardCanvas.blank(new Color(0xEE, 0xF6, 0xF6), new Color(0xF7, 0xEE, 0xE3), new Color(0x7F, 0xA8, 0xC9));
        canvas.rosette(700, 420, 110, new Color(0xD9, 0x8C, 0x8C, 40));

        canvas.label("Name", LABEL_X, 100);
        canvas.value(card.name(), VALUE_X, 102, NAME);

        canvas.label("Sex", LABEL_X, 164);
        canvas.value(card.sex(), VALUE_X, 166, VALUE);
        canvas.label("Nation", 262, 164);
        canvas.value(card.nation(), 350, 166, VALUE);

        canvas.label("Birth", LABEL_X, 228);
        paintBirth(canvas, card.birth());

        canvas.label("Address", LABEL_X, 292);
        List<String> lines = canvas.wrap(card.address(), VALUE, 560 - VALUE_X, 3);
        for (int i = 0; i < lines.size(); i++) {
            canvas.value(lines.get(i), VALUE_X, 294 + i * 38, VALUE);
        }

        canvas.label("Citizen ID No.", LABEL_X, 472);
        canvas.value(card.idNumber(), 262, 476, ID_NUMBER);

        new PortraitPainter(card.portraitSubject()).paint(canvas.graphics(), CardLayout.PORTRAIT);
        return canvas.finish();
    }

    /** Printed like the real card's "1987 年 1 月 1 日": numbers with small unit labels between them. */
    private static void paintBirth(CardCanvas canvas, LocalDate birth) {
        if (birth == null) {
            return;
        }
        canvas.value(Integer.toString(birth.getYear()), VALUE_X, 230, VALUE);
        small(canvas, "Year", 224);
        canvas.value(Integer.toString(birth.getMonthValue()), 282, 230, VALUE);
        small(canvas, "Month", 318);
        canvas.value(Integer.toString(birth.getDayOfMonth()), 392, 230, VALUE);
        small(canvas, "Day", 428);
    }

    private static void small(CardCanvas canvas, String text, int x) {
        canvas.graphics().setColor(CardCanvas.LABEL);
        canvas.graphics().setFont(SMALL_LABEL);
        canvas.graphics().drawString(text, x, 229);
    }
}
