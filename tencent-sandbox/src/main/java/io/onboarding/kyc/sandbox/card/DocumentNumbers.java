package io.onboarding.kyc.sandbox.card;

/**
 * Check characters of the document numbers the generator prints, so a synthetic number passes the same format
 * checks a real one does. Each method takes the number without its check character.
 */
public final class DocumentNumbers {

    private static final String NRIC_ST = "JZIHGFEDCBA";
    /** Taiwan's letter codes, A=10 … Z=33 in the order the ministry assigned them. */
    private static final String TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    private DocumentNumbers() {}

    /** Hong Kong identity card: one or two letters, six digits; the check is 0-9 or A. */
    public static char hongKong(String prefixAndDigits) {
        String body = prefixAndDigits.length() == 7 ? " " + prefixAndDigits : prefixAndDigits;
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = c == ' ' ? 36 : Character.isLetter(c) ? c - 'A' + 10 : c - '0';
            sum += value * (9 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'A' : (char) ('0' + check);
    }

    /** Singapore NRIC for citizens: S or T, seven digits; the check is a letter. */
    public static char singapore(String prefixAndDigits) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        int sum = prefixAndDigits.charAt(0) == 'T' ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            sum += (prefixAndDigits.charAt(i + 1) - '0') * weights[i];
        }
        return NRIC_ST.charAt(sum % 11);
    }

    /** Taiwan national ID: a letter and nine digits, the last being the check. */
    public static char taiwan(String letterAndEightDigits) {
        int code = TAIWAN_LETTERS.indexOf(letterAndEightDigits.charAt(0)) + 10;
        int sum = code / 10 + (code % 10) * 9;
        for (int i = 1; i <= 8; i++) {
            sum += (letterAndEightDigits.charAt(i) - '0') * (9 - i);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Thai national ID: twelve digits and a mod-11 check digit. */
    public static char thailand(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (13 - i);
        }
        return (char) ('0' + (11 - sum % 11) % 10);
    }

    /** Japanese individual number (My Number): eleven digits and a check digit. */
    public static char japan(String elevenDigits) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int digit = elevenDigits.charAt(11 - n) - '0';
            sum += digit * (n <= 6 ? n + 1 : n - 5);
        }
        int remainder = sum % 11;
        return (char) ('0' + (remainder <= 1 ? 0 : 11 - remainder));
    }

    /** ICAO 9303 check digit over a machine-readable-zone field. */
    public static char mrz(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }
}
