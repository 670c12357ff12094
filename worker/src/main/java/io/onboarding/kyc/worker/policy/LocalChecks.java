package io.onboarding.kyc.worker.policy;

import io.onboarding.kyc.contract.identity.ResidentIdNumber;
import io.onboarding.kyc.contract.journey.DeclaredIdentity;
import io.onboarding.kyc.contract.ocr.IdCardOcr;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that cost nothing, made before the authority is paid to answer: is the number well formed,
 * does it agree with the printed birth date, is the card still valid, is it the card of the person
 * who filled in the form.
 */
public final class LocalChecks {

    private static final Pattern OCR_DATE = Pattern.compile("(\\d{4})\\D(\\d{1,2})\\D(\\d{1,2})");
    private static final Pattern VALIDITY =
            Pattern.compile("(\\d{4})\\.(\\d{2})\\.(\\d{2})-(?:(\\d{4})\\.(\\d{2})\\.(\\d{2})|长期)");

    /**
     * The first failing check's finding, or a pass.
     *
     * @param back     the emblem side's OCR, when the back was submitted
     * @param declared what the customer typed, when the product sent it
     * @param today    the date in Beijing, where the card's validity is defined
     */
    public Finding evaluate(
            IdCardOcr front, Optional<IdCardOcr> back, Optional<DeclaredIdentity> declared, LocalDate today) {
        String number = ResidentIdNumber.normalise(front.idNumber());
        if (!ResidentIdNumber.isValid(number)) {
            return Finding.reject("ID_NUMBER_INVALID");
        }
        Optional<LocalDate> printedBirth = date(front.birth());
        if (printedBirth.isPresent() && !printedBirth.equals(ResidentIdNumber.birthDate(number))) {
            return Finding.reject("BIRTH_DATE_MISMATCH");
        }
        if (back.isPresent()) {
            Finding validity = validity(back.get().validDate(), today);
            if (!validity.passed()) {
                return validity;
            }
        }
        if (declared.isPresent()) {
            DeclaredIdentity typed = declared.get();
            if (typed.idNumber() != null
                    && !ResidentIdNumber.normalise(typed.idNumber()).equals(number)) {
                return Finding.reject("DECLARED_ID_NUMBER_MISMATCH");
            }
            if (typed.name() != null && !squash(typed.name()).equals(squash(front.name()))) {
                // Forms and cards write names differently often enough (typing, characters): a person decides.
                return Finding.review("DECLARED_NAME_MISMATCH");
            }
        }
        return Finding.pass();
    }

    private static Finding validity(String printed, LocalDate today) {
        Matcher period = VALIDITY.matcher(printed == null ? "" : printed.trim());
        if (!period.matches()) {
            return Finding.retake("CARD_VALIDITY_UNREADABLE");
        }
        if (period.group(4) == null) {
            return Finding.pass();
        }
        try {
            LocalDate until = LocalDate.of(
                    Integer.parseInt(period.group(4)),
                    Integer.parseInt(period.group(5)),
                    Integer.parseInt(period.group(6)));
            return until.isBefore(today) ? Finding.reject("CARD_EXPIRED") : Finding.pass();
        } catch (DateTimeException e) {
            return Finding.retake("CARD_VALIDITY_UNREADABLE");
        }
    }

    /** OCR prints {@code 1995/5/13}; other separators are tolerated. */
    private static Optional<LocalDate> date(String printed) {
        Matcher date = OCR_DATE.matcher(printed == null ? "" : printed.trim());
        if (!date.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Forms add spaces that cards do not print: "王 芳" is 王芳. */
    private static String squash(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "");
    }
}
