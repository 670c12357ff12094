package io.onboarding.kyc.sandbox.card;

import java.util.Locale;

/**
 * The GB 11643-1999 check character of an 18-character mainland resident ID number.
 */
public final class IdNumberRules {

    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumberRules() {}

    /** True when the number has 17 digits and the check character they imply (a lowercase x counts as X). */
    public static boolean isValid(String idNumber) {
        if (idNumber == null || idNumber.length() != LENGTH) {
            return false;
        }
        String body = idNumber.substring(0, LENGTH - 1);
        if (!body.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Character.toUpperCase(idNumber.charAt(LENGTH - 1)) == checkCharacter(body);
    }

    /** The check character for the first 17 digits of a number. */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits == null
                || first17Digits.length() != LENGTH - 1
                || !first17Digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** Upper-cases a trailing x so lookups treat {@code …x} and {@code …X} as one number. */
    public static String normalise(String idNumber) {
        return idNumber == null ? null : idNumber.trim().toUpperCase(Locale.ROOT);
    }
}
