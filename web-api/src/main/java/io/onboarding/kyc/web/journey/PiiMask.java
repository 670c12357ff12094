package io.onboarding.kyc.web.journey;

import io.micronaut.core.annotation.Nullable;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Masks names and ID numbers the way Tencent masks them, for keys without {@code PII_READ}.
 *
 * <p>ID numbers: Tencent's own example ({@code RecognizeMainlandIDCardOCR}, seed page 002) answers
 * {@code 41290*******291716} for an 18-character resident ID number: the first 5 and the last 6 characters
 * shown, one star for each of the 7 between. That hides the region code's last digit and the year and month of
 * birth. A 15-digit number of the 1989 standard has the same fields with a 2-digit year, so the same ones stay
 * hidden: 5 shown, 5 stars, 5 shown. Tencent shows no other length; for those (passports, foreign cards) at
 * most half is shown, a quarter at each end, and fewer than 4 characters are all stars.
 *
 * <p>Names: {@code 张*} for 张三 (the issue; Tencent's pages here show no masked name): the first character
 * shown, a star for each one after it, so a name keeps its shape as an ID number does. A name of one
 * character would be shown whole that way, so it is one star. Characters are counted as a reader sees them
 * (grapheme clusters), so a character outside the BMP (a surrogate pair) or a letter with a combining accent is
 * never cut in half, and spaces in a foreign name are masked like letters.
 */
final class PiiMask {

    private static final char STAR = '*';

    private PiiMask() {}

    /** The masked ID number; {@code null} for none. */
    @Nullable
    static String idNumber(@Nullable String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        String[] characters = characters(idNumber.strip());
        int length = characters.length;
        int head;
        int tail;
        if (length == 18) {
            head = 5;
            tail = 6;
        } else if (length == 15) {
            head = 5;
            tail = 5;
        } else {
            head = length / 4;
            tail = length / 4;
        }
        return shown(characters, head, tail);
    }

    /** The masked name; {@code null} for none. */
    @Nullable
    static String name(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] characters = characters(name.strip());
        return shown(characters, characters.length == 1 ? 0 : 1, 0);
    }

    private static String shown(String[] characters, int head, int tail) {
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < characters.length; i++) {
            if (i < head || i >= characters.length - tail) {
                masked.append(characters[i]);
            } else {
                masked.append(STAR);
            }
        }
        return masked.toString();
    }

    /** The text split into what a reader counts as characters. */
    private static String[] characters(String text) {
        BreakIterator boundaries = BreakIterator.getCharacterInstance(Locale.ROOT);
        boundaries.setText(text);
        List<String> characters = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            characters.add(text.substring(start, end));
        }
        return characters.toArray(new String[0]);
    }
}
