package io.onboarding.kyc.sandbox.card;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A synthetic non-mainland identity document: the holder's details as printed, and the verification scenario
 * the sandbox plays for it.
 *
 * @param surname         family name in Latin letters, as printed
 * @param givenNames      given names in Latin letters
 * @param localName       the name in the issuer's own script where the document prints one (Chinese characters on
 *                        Hong Kong, Taiwan and Singapore cards, kanji on Japanese ones); empty otherwise
 * @param sex             {@code M} or {@code F}
 * @param expires         null for a document without expiry
 * @param address         empty for a document that prints none (passports)
 * @param extra           country-specific printed fields, keyed by the name Tencent's {@code CardInfo} gives them
 *                        (e.g. {@code TelexCode}, {@code Agama}, {@code Race})
 * @param portraitSubject whose face the photo shows
 */
public record ForeignCard(
        IssuingCountry country,
        ForeignDocumentType type,
        String surname,
        String givenNames,
        String localName,
        String sex,
        LocalDate birth,
        String documentNumber,
        LocalDate issued,
        LocalDate expires,
        String address,
        String portraitSubject,
        Map<String, String> extra,
        VerificationScenario scenario) {

    public ForeignCard {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(documentNumber, "documentNumber");
        surname = text(surname);
        givenNames = text(givenNames);
        localName = text(localName);
        sex = text(sex);
        address = text(address);
        extra = Map.copyOf(extra);
        Objects.requireNonNull(scenario, "scenario");
    }

    /** {@code SURNAME, Given Names} as most of these documents print it. */
    public String fullName() {
        return givenNames.isEmpty() ? surname : surname + ", " + givenNames;
    }

    public String extra(String field) {
        return extra.getOrDefault(field, "");
    }

    public ForeignCard withScenario(VerificationScenario scenario) {
        return new ForeignCard(
                country,
                type,
                surname,
                givenNames,
                localName,
                sex,
                birth,
                documentNumber,
                issued,
                expires,
                address,
                portraitSubject,
                extra,
                scenario);
    }

    public ForeignCard withPortraitSubject(String portraitSubject) {
        return new ForeignCard(
                country,
                type,
                surname,
                givenNames,
                localName,
                sex,
                birth,
                documentNumber,
                issued,
                expires,
                address,
                portraitSubject,
                extra,
                scenario);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
