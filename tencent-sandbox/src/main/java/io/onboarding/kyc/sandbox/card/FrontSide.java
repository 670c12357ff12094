package io.onboarding.kyc.sandbox.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

/**
 * Lays out the portrait side: holder's details on the left, photo on the right, ID number along the bottom, the
 * corner code ({@link CornerCode}) below the details.
 */
final class FrontSide {

    private static final int LABEL_X = 48;
    private static final int VALUE_X = 150;
    private static final int BIRTH_Y = 214;
    static final int ID_LABEL_X = CornerCode.PANEL.x + CornerCode.PANEL.width + 16;
    static final int ID_NUMBER_X = ID_LABEL_X + 150;
    private static final Font VALUE = CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 27);
    private static final Font NAME = CardCanvas.font(Font.SANS_SERIF, Font.BOLD, 31);
    private static final Font SMALL_LABEL = CardCanvas.font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final Font ID_NUMBER = CardCanvas.tracked(CardCanvas.font(Font.MONOSPACED, Font.BOLD, 34), 0.08f);

    private FrontSide() {}

    static BufferedImage paint(MainlandIdCard card) {
        CardCanvas canvas =
                CardCanvas.blank(new Color(0xEE, 0xF6, 0xF6), new Color(0xF7, 0xEE, 0xE3), new Color(0x7F, 0xA8, 0xC9));
        canvas.rosette(700, 420, 110, new Color(0xD9, 0x8C, 0x8C, 40));

        canvas.label("Name", LABEL_X, 96);
        canvas.value(card.name(), VALUE_X, 98, NAME);

        canvas.label("Sex", LABEL_X, 154);
        canvas.value(card.sex(), VALUE_X, 156, VALUE);
        canvas.label("Nation", 262, 154);
        canvas.value(card.nation(), 350, 156, VALUE);

        canvas.label("Birth", LABEL_X, 212);
        paintBirth(canvas, card.birth());

        canvas.label("Address", LABEL_X, 270);
        List<String> lines = canvas.wrap(card.address(), VALUE, 560 - VALUE_X, 3);
        for (int i = 0; i < lines.size(); i++) {
            canvas.value(lines.get(i), VALUE_X, 272 + i * 36, VALUE);
        }

        // right of the corner code, which prints in the bottom-left corner
        canvas.label("Citizen ID No.", ID_LABEL_X, 472);
        canvas.value(card.idNumber(), ID_NUMBER_X, 476, ID_NUMBER);

        new PortraitPainter(card.portraitSubject()).paint(canvas.graphics(), CardLayout.PORTRAIT);
        return canvas.finish();
    }

    /** Printed like the real card's "1987 年 1 月 1 日": numbers with small unit labels between them. */
    private static void paintBirth(CardCanvas canvas, LocalDate birth) {
        if (birth == null) {
            return;
        }
        canvas.value(Integer.toString(birth.getYear()), VALUE_X, BIRTH_Y, VALUE);
        small(canvas, "Year", 224);
        canvas.value(Integer.toString(birth.getMonthValue()), 282, BIRTH_Y, VALUE);
        small(canvas, "Month", 318);
        canvas.value(Integer.toString(birth.getDayOfMonth()), 392, BIRTH_Y, VALUE);
        small(canvas, "Day", 428);
    }

    private static void small(CardCanvas canvas, String text, int x) {
        canvas.graphics().setColor(CardCanvas.LABEL);
        canvas.graphics().setFont(SMALL_LABEL);
        canvas.graphics().drawString(text, x, BIRTH_Y - 1);
    }
}
