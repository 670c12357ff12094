package io.onboarding.kyc.contract.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland resident ID number (GB 11643-1999): 6-digit region, birth date {@code YYYYMMDD}, 3-digit
 * sequence (odd for men, even for women) and a check character. Checking it costs nothing, so the
 * engine does before paying the authority to.
 */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {}

    /** Upper-cases a trailing {@code x}; people type it either way. */
    public static String normalise(String number) {
        return number == null ? null : number.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String number) {
        String n = normalise(number);
        return n != null
                && SHAPE.matcher(n).matches()
                && checkCharacter(n) == n.charAt(17)
                && birthDate(n).isPresent();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date the number encodes, if it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        String n = normalise(number);
        if (n == null || n.length() < 14) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(n.substring(6, 10)),
                    Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
