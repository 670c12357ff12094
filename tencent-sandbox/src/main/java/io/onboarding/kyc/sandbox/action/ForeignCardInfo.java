package io.onboarding.kyc.sandbox.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.kyc.sandbox.card.ForeignCard;
import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import io.onboarding.kyc.sandbox.card.PassportMrz;
import io.onboarding.kyc.sandbox.protocol.Envelope;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code CardInfo} and {@code CardSubType} of GetCardVerificationResult: one member per document family, named and
 * shaped as Tencent's data types describe them (HKIDCard, MLIDCard, IndonesiaIDCard, …); every other member is
 * null. Sub-types are the sandbox's own names, since Tencent documents the field but not its values.
 */
final class ForeignCardInfo {

    /** Every member of Tencent's CardInfo structure, in its order. */
    static final List<String> MEMBERS = List.of(
            "HKIDCard",
            "MLIDCard",
            "PhilippinesVoteID",
            "IndonesiaIDCard",
            "PhilippinesDrivingLicense",
            "PhilippinesTinID",
            "PhilippinesSSSID",
            "PhilippinesUMID",
            "InternationalIDPassport",
            "GeneralCard",
            "IndonesiaDrivingLicense",
            "ThailandIDCard",
            "SingaporeIDCard",
            "MacaoIDCard");

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private ForeignCardInfo() {}

    static ObjectNode of(ForeignCard card, LocalDate today) {
        ObjectNode info = Envelope.JSON.createObjectNode();
        MEMBERS.forEach(info::putNull);
        String member = member(card);
        ObjectNode fields = info.putObject(member);
        switch (member) {
            case "HKIDCard" -> hongKong(card, fields);
            case "MLIDCard" -> malaysia(card, fields);
            case "IndonesiaIDCard" -> indonesia(card, fields);
            case "IndonesiaDrivingLicense" -> indonesiaLicence(card, fields);
            case "ThailandIDCard" -> thailand(card, fields);
            case "SingaporeIDCard" -> singapore(card, fields);
            case "PhilippinesUMID" -> philippinesUmid(card, fields);
            case "PhilippinesDrivingLicense" -> philippinesLicence(card, fields);
            case "InternationalIDPassport" -> passport(card, fields);
            default -> general(card, fields, today);
        }
        return info;
    }

    static String subType(ForeignCard card) {
        return switch (card.type()) {
            case PASSPORT -> "PASSPORT";
            case DRIVING_LICENSE -> card.country() == IssuingCountry.IDN ? "SIM" : "DRIVING_LICENSE";
            case ID_CARD ->
                switch (card.country()) {
                    case HKG -> "1".equals(card.extra("Permanent")) ? "HKID_PERMANENT" : "HKID";
                    case MYS -> card.extra("Type").isEmpty() ? "MyKad" : card.extra("Type");
                    case IDN -> "KTP";
                    case SGP -> "NRIC";
                    case PHL -> "UMID";
                    case THA -> "THAI_NATIONAL_ID";
                    case JPN -> "MY_NUMBER_CARD";
                    case TWN, BGD, NGA, PAK -> "NATIONAL_ID";
                };
        };
    }

    private static String member(ForeignCard card) {
        if (card.type() == ForeignDocumentType.PASSPORT) {
            return "InternationalIDPassport";
        }
        return switch (card.country()) {
            case HKG -> "HKIDCard";
            case MYS -> card.type() == ForeignDocumentType.ID_CARD ? "MLIDCard" : "GeneralCard";
            case IDN -> card.type() == ForeignDocumentType.ID_CARD ? "IndonesiaIDCard" : "IndonesiaDrivingLicense";
            case THA -> card.type() == ForeignDocumentType.ID_CARD ? "ThailandIDCard" : "GeneralCard";
            case SGP -> card.type() == ForeignDocumentType.ID_CARD ? "SingaporeIDCard" : "GeneralCard";
            case PHL -> card.type() == ForeignDocumentType.ID_CARD ? "PhilippinesUMID" : "PhilippinesDrivingLicense";
            case TWN -> "InternationalIDPassport"; // "ID cards of Hong Kong, Macao and Taiwan, and passports"
            default -> "GeneralCard";
        };
    }

    private static void hongKong(ForeignCard card, ObjectNode out) {
        out.put("CnName", card.localName());
        out.put("EnName", card.fullName());
        out.put("TelexCode", card.extra("TelexCode"));
        out.put("Sex", card.sex());
        out.put("Birthday", dayFirst(card.birth()));
        out.put("Permanent", card.extra("Permanent").isEmpty() ? "-1" : card.extra("Permanent"));
        out.put("IdNum", card.documentNumber());
        out.put("Symbol", card.extra("Symbol"));
        out.put("FirstIssueDate", card.extra("FirstIssueDate"));
        out.put("CurrentIssueDate", card.extra("CurrentIssueDate"));
    }

    private static void malaysia(ForeignCard card, ObjectNode out) {
        out.put("Name", card.fullName());
        out.put("ID", card.documentNumber());
        out.put("Sex", "F".equals(card.sex()) ? "PEREMPUAN" : "LELAKI");
        out.put("Address", card.address());
        out.put("Type", card.extra("Type").isEmpty() ? "MyKad" : card.extra("Type"));
        out.put("Birthday", dayFirst(card.birth()));
    }

    private static void indonesia(ForeignCard card, ObjectNode out) {
        out.put("NIK", card.documentNumber());
        out.put("Nama", (card.givenNames() + " " + card.surname()).trim());
        out.put("TempatTglLahir", card.extra("BirthPlace") + ", " + dayFirst(card.birth()));
        out.put("JenisKelamin", "F".equals(card.sex()) ? "PEREMPUAN" : "LAKI-LAKI");
        out.put("GolDarah", card.extra("GolDarah"));
        out.put("Alamat", card.address());
        for (String field : List.of(
                "RTRW",
                "KelDesa",
                "Kecamatan",
                "Agama",
                "StatusPerkawinan",
                "Perkerjaan",
                "KewargaNegaraan",
                "Provinsi",
                "Kota")) {
            out.put(field, card.extra(field));
        }
        out.put("BerlakuHingga", card.expires() == null ? "SEUMUR HIDUP" : dayFirst(card.expires()));
        out.put("IssuedDate", dayFirst(card.issued()));
    }

    private static void indonesiaLicence(ForeignCard card, ObjectNode out) {
        out.put("LastName", card.surname());
        out.put("FirstName", card.givenNames());
        out.put("LicenseNumber", card.documentNumber());
        out.put("Birthday", dayFirst(card.birth()));
        out.put("Address", card.address());
        out.put("ExpirationDate", dayFirst(card.expires()));
        out.put("IssuedDate", dayFirst(card.issued()));
        out.put("IssuedCountry", card.country().name());
    }

    private static void thailand(ForeignCard card, ObjectNode out) {
        out.put("LastName", card.surname());
        out.put("FirstName", card.givenNames());
        out.put("LicenseNumber", card.documentNumber());
        out.put("DateOfBirth", dayFirst(card.birth()));
        out.put("DateOfExpiry", dayFirst(card.expires()));
        out.put("DateOfIssue", dayFirst(card.issued()));
        out.put("IssuedCountry", card.country().name());
    }

    private static void singapore(ForeignCard card, ObjectNode out) {
        out.put("ChName", card.localName());
        out.put("EnName", card.fullName());
        out.put("ID", card.documentNumber());
        out.put("Sex", card.sex());
        out.put("CountryOfBirth", card.extra("CountryOfBirth"));
        out.put("Birthday", dayFirst(card.birth()));
        out.put("Address", card.address());
        out.put("Race", card.extra("Race"));
        out.put("NRICCode", card.documentNumber());
        out.put("PostCode", card.extra("PostCode"));
        out.put("DateOfExpiration", dayFirst(card.expires()));
        out.put("DateOfIssue", dayFirst(card.issued()));
    }

    private static void philippinesUmid(ForeignCard card, ObjectNode out) {
        out.put("Surname", card.surname());
        out.put("MiddleName", card.extra("MiddleName"));
        out.put("GivenName", card.givenNames());
        out.put("Sex", card.sex());
        out.put("Birthday", iso(card.birth()));
        out.put("Address", card.address());
        out.put("CRN", card.documentNumber());
    }

    private static void philippinesLicence(ForeignCard card, ObjectNode out) {
        out.put("Name", card.fullName());
        out.put("LastName", card.surname());
        out.put("FirstName", card.givenNames());
        out.put("MiddleName", card.extra("MiddleName"));
        out.put("Nationality", "PHL");
        out.put("Sex", card.sex());
        out.put("Address", card.address());
        out.put("LicenseNo", card.documentNumber());
        out.put("ExpiresDate", iso(card.expires()));
        out.put("AgencyCode", card.extra("AgencyCode"));
        out.put("Birthday", iso(card.birth()));
    }

    private static void passport(ForeignCard card, ObjectNode out) {
        out.put("LicenseNumber", card.documentNumber());
        out.put("FullName", card.fullName());
        out.put("Surname", card.surname());
        out.put("GivenName", card.givenNames());
        out.put("Birthday", iso(card.birth()));
        out.put("Sex", card.sex());
        out.put("DateOfExpiration", iso(card.expires()));
        out.put("IssuingCountry", card.country().name());
        out.put("NationalityCode", card.country().name());
        if (card.type() == ForeignDocumentType.PASSPORT) {
            PassportMrz mrz = PassportMrz.of(card);
            out.put("PassportCodeFirst", mrz.first());
            out.put("PassportCodeSecond", mrz.second());
        } else {
            out.put("PassportCodeFirst", "");
            out.put("PassportCodeSecond", "");
        }
    }

    private static void general(ForeignCard card, ObjectNode out, LocalDate today) {
        out.put("LicenseNumber", card.documentNumber());
        out.put("PersonalNumber", "");
        out.put("PassportCodeFirst", "");
        out.put("PassportCodeSecond", "");
        out.put("ExpirationDate", iso(card.expires()));
        out.put("DueDate", iso(card.expires()));
        out.put("IssuedDate", iso(card.issued()));
        out.put("IssuedAuthority", "");
        out.put("IssuedCountry", card.country().name());
        out.put("FullName", card.fullName());
        out.put("FirstName", card.givenNames());
        out.put("LastName", card.surname());
        out.put("Sex", card.sex());
        out.put(
                "Age",
                card.birth() == null
                        ? "0"
                        : Integer.toString(Period.between(card.birth(), today).getYears()));
        out.put("Birthday", iso(card.birth()));
        out.put("BirthPlace", card.extra("BirthPlace"));
        out.put("Nationality", card.country().name());
        out.put("RegistrationNumber", "");
        ObjectNode address = out.putObject("Address");
        address.put("Country", card.country().name());
        address.put("FormattedAddress", card.address());
        address.put("LineOne", card.address());
    }

    private static String dayFirst(LocalDate date) {
        return date == null ? "" : DAY_FIRST.format(date);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : ISO.format(date);
    }
}
