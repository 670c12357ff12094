package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.IdNumberRules;
import io.onboarding.kyc.sandbox.card.MainlandIdCard;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The plausibility check the OCR products run on a portrait side before answering
 * ({@code FailedOperation.IdCardInfoIllegal}: "ID number, name, etc. invalid"): a name is present and the number
 * has the GB 11643 shape with a real birth date in it. A wrong check character alone is not refused; the OCR
 * reports what is printed, and checking the number is the caller's business.
 */
final class CardFields {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dXx]");
    private static final DateTimeFormatter BIRTH_DIGITS =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private CardFields() {}

    static boolean legible(MainlandIdCard card) {
        String number = card.idNumber();
        if (card.name() == null
                || card.name().isBlank()
                || number == null
                || number.length() != IdNumberRules.LENGTH
                || !SHAPE.matcher(number).matches()) {
            return false;
        }
        try {
            LocalDate.parse(number.substring(6, 14), BIRTH_DIGITS);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
