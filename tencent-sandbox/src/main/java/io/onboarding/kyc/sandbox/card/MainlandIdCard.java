package io.onboarding.kyc.sandbox.card;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Everything printed on both sides of a second-generation mainland resident ID card, plus the hidden
 * truth the sandbox's "authority" compares portraits with.
 *
 * @param sex             as printed: {@code 男} or {@code 女}
 * @param nation          as printed, without the trailing {@code 族}, e.g. {@code 汉}
 * @param validUntil      {@code null} for a card with no expiry (printed {@code 长期})
 * @param portraitSubject who the portrait shows; two cards with the same subject show the same face
 */
public record MainlandIdCard(
        String name,
        String sex,
        String nation,
        LocalDate birth,
        String address,
        String idNumber,
        String authority,
        LocalDate validFrom,
        LocalDate validUntil,
        String portraitSubject) {

    /** How the back side prints a period with no end date. */
    public static final String NO_EXPIRY = "长期";

    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    /** The validity period as printed on the back: {@code 2010.07.21-2030.07.21} or {@code 2010.07.21-长期}. */
    public String printedValidity() {
        if (validFrom == null) {
            return "";
        }
        return PRINTED_DATE.format(validFrom) + "-"
                + (validUntil == null ? NO_EXPIRY : PRINTED_DATE.format(validUntil));
    }
}
