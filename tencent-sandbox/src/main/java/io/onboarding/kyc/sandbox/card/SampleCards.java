package io.onboarding.kyc.sandbox.card;

import io.onboarding.kyc.sandbox.Identity;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Plausible cards for registry identities: birth date and sex follow from the ID number as GB 11643 lays
 * them out, the validity period follows the holder's age at issue, and address and authority are
 * obviously fictitious.
 */
public final class SampleCards {

    /** Every sample card was issued on this day; far enough back to be realistic, recent enough to be valid. */
    public static final LocalDate ISSUED = LocalDate.of(2021, 3, 15);

    private static final DateTimeFormatter BIRTH_DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    private SampleCards() {}

    /**
     * The card printed for a registry identity, with birth date and sex taken from its ID number.
     *
     * @throws IllegalArgumentException when the ID number does not carry a birth date and sequence
     */
    public static MainlandIdCard of(Identity identity) {
        String id = identity.idNumber();
        LocalDate birth = birth(id);
        return new MainlandIdCard(
                identity.name(),
                sex(id),
                "汉",
                birth,
                "沙箱省示例市测试区演示路" + (1 + Math.floorMod(id.hashCode(), 199)) + "号",
                id,
                "示例市公安局测试分局",
                ISSUED,
                validUntil(birth, ISSUED),
                identity.portraitSubject());
    }

    private static LocalDate birth(String id) {
        if (id == null || id.length() != IdNumberRules.LENGTH) {
            throw new IllegalArgumentException("an 18-character ID number is required");
        }
        try {
            return LocalDate.parse(id.substring(6, 14), BIRTH_DIGITS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the ID number carries no valid birth date", e);
        }
    }

    /** The 17th character is the sequence's last digit: odd for men, even for women. */
    private static String sex(String id) {
        char digit = id.charAt(16);
        if (digit < '0' || digit > '9') {
            throw new IllegalArgumentException("the ID number carries no sequence digit");
        }
        return (digit - '0') % 2 == 1 ? "男" : "女";
    }

    /** Validity by age at issue: under 16 five years, to 25 ten, to 45 twenty, older without expiry. */
    private static LocalDate validUntil(LocalDate birth, LocalDate issued) {
        int age = Period.between(birth, issued).getYears();
        if (age < 16) {
            return issued.plusYears(5);
        }
        if (age <= 25) {
            return issued.plusYears(10);
        }
        if (age <= 45) {
            return issued.plusYears(20);
        }
        return null;
    }
}
