package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.PassportMrz;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code CardInfo} and {@code BackCardInfo} of GetCardVerificationExternalResult: the OCR product's flat
 * {@code GeneralCard} structure (one shape for every document, unlike the Face ID pair's per-country members).
 * Every member is present; what the document does not print is null, as Tencent's "may return null" allows.
 */
final class ExternalCardInfo {

    /** Every member of the OCR product's GeneralCard, in Tencent's order (deprecated ones last). */
    static final List<String> MEMBERS = List.of(
            "LicenseNumber",
            "PersonalNumber",
            "FullName",
            "FullNameLocal",
            "FirstName",
            "FirstNameLocal",
            "MiddleName",
            "MiddleNameLocal",
            "LastName",
            "LastNameLocal",
            "Sex",
            "Birthday",
            "BirthPlace",
            "IssuedDate",
            "IssuedAuthority",
            "IssuedPlace",
            "IssuedCountry",
            "IssuedCountryCode",
            "ExpirationDate",
            "MRZLine1",
            "MRZLine2",
            "Nationality",
            "Address",
            "Religion",
            "Type",
            "BloodType",
            "Height",
            "Weight",
            "VehicleClass",
            "Restrictions",
            "Endorsement",
            "Others",
            "PassportCodeFirst",
            "PassportCodeSecond",
            "DueDate",
            "Age",
            "RegistrationNumber");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private ExternalCardInfo() {}

    /** What the front (a passport's data page) shows. */
    static ObjectNode front(ForeignCard card, LocalDate today) {
        ObjectNode info = empty();
        text(info, "LicenseNumber", card.documentNumber());
        text(info, "FullName", card.fullName());
        text(info, "FullNameLocal", card.localName());
        text(info, "FirstName", card.givenNames());
        text(info, "MiddleName", card.extra("MiddleName"));
        text(info, "LastName", card.surname());
        text(info, "Sex", card.sex());
        text(info, "Birthday", iso(card.birth()));
        text(info, "BirthPlace", card.extra("BirthPlace"));
        text(info, "IssuedDate", iso(card.issued()));
        text(info, "IssuedCountry", card.country().printedName());
        text(info, "IssuedCountryCode", card.country().name());
        text(info, "ExpirationDate", iso(card.expires()));
        text(info, "DueDate", iso(card.expires()));
        text(info, "Nationality", card.country().name());
        text(info, "Religion", card.extra("Agama"));
        text(info, "Type", card.type().name());
        text(info, "BloodType", card.extra("GolDarah"));
        if (card.birth() != null) {
            info.put("Age", Integer.toString(Period.between(card.birth(), today).getYears()));
        }
        if (card.type() == ForeignDocumentType.PASSPORT) {
            PassportMrz mrz = PassportMrz.of(card);
            for (String member : List.of("MRZLine1", "PassportCodeFirst")) {
                info.put(member, mrz.first());
            }
            for (String member : List.of("MRZLine2", "PassportCodeSecond")) {
                info.put(member, mrz.second());
            }
        }
        address(info, card);
        return info;
    }

    /** What the back of a card or licence shows: the number again, the address and the issuer. */
    static ObjectNode back(ForeignCard card) {
        ObjectNode info = empty();
        text(info, "LicenseNumber", card.documentNumber());
        text(info, "IssuedCountry", card.country().printedName());
        text(info, "IssuedCountryCode", card.country().name());
        text(info, "Type", card.type().name());
        address(info, card);
        return info;
    }

    private static ObjectNode empty() {
        ObjectNode info = Envelope.JSON.createObjectNode();
        MEMBERS.forEach(info::putNull);
        return info;
    }

    private static void address(ObjectNode info, ForeignCard card) {
        if (card.address().isEmpty()) {
            return;
        }
        ObjectNode address = info.putObject("Address");
        for (String member : List.of(
                "Country",
                "PostalCode",
                "Subdivision",
                "District",
                "City",
                "Subdistrict",
                "FormattedAddress",
                "LineOne",
                "LineTwo",
                "LineThree",
                "LineFour",
                "LineFive")) {
            address.putNull(member);
        }
        address.put("Country", card.country().name());
        text(address, "PostalCode", card.extra("PostCode"));
        address.put("FormattedAddress", card.address());
        address.put("LineOne", card.address());
    }

    /** Empty text is something the document does not print: null, not "". */
    private static void text(ObjectNode info, String member, String value) {
        if (value == null || value.isEmpty()) {
            info.putNull(member);
        } else {
            info.put(member, value);
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : ISO.format(date);
    }
}
