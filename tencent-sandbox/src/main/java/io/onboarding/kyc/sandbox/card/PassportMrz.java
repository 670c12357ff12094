package io.onboarding.kyc.sandbox.card;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The two 44-character lines at the foot of a passport data page (ICAO 9303 TD3). */
public record PassportMrz(String first, String second) {

    private static final int LENGTH = 44;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public static PassportMrz of(ForeignCard passport) {
        String issuer = passport.country().name();
        String names = field(passport.surname()) + "<<" + field(passport.givenNames());
        String first = pad("P<" + issuer + names, LENGTH);
        String number = pad(field(passport.documentNumber()), 9);
        String birth = YYMMDD.format(passport.birth());
        String expiry = passport.expires() == null ? "<<<<<<" : YYMMDD.format(passport.expires());
        String optional = pad("", 14);
        String body = number
                + DocumentNumbers.mrz(number)
                + issuer
                + birth
                + DocumentNumbers.mrz(birth)
                + (passport.sex().isEmpty() ? "<" : passport.sex())
                + expiry
                + DocumentNumbers.mrz(expiry)
                + optional
                + DocumentNumbers.mrz(optional);
        String composite = number
                + DocumentNumbers.mrz(number)
                + birth
                + DocumentNumbers.mrz(birth)
                + expiry
                + DocumentNumbers.mrz(expiry)
                + optional
                + DocumentNumbers.mrz(optional);
        return new PassportMrz(first, body + DocumentNumbers.mrz(composite));
    }

    private static String field(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "<");
    }

    private static String pad(String text, int length) {
        return text.length() >= length ? text.substring(0, length) : text + "<".repeat(length - text.length());
    }
}
