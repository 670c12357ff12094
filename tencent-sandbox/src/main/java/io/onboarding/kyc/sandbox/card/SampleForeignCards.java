package io.onboarding.kyc.sandbox.card;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One plausible, fictitious holder per issuer and document type. Numbers follow each issuer's format and carry
 * valid check characters where the format has one; names and addresses are invented. Every sample passes
 * verification unless a test gives it another {@link VerificationScenario}.
 */
public final class SampleForeignCards {

    private SampleForeignCards() {}

    public static ForeignCard of(IssuingCountry country, ForeignDocumentType type) {
        ForeignCard holder = holder(country);
        return switch (type) {
            case ID_CARD -> holder;
            case PASSPORT -> passport(holder);
            case DRIVING_LICENSE -> drivingLicence(holder);
        };
    }

    /** The holder's national identity card, or the document that serves as one. */
    private static ForeignCard holder(IssuingCountry country) {
        return switch (country) {
            case IDN ->
                card(
                        country,
                        "PUTRI",
                        "DEWI ANGGRAENI",
                        "",
                        "F",
                        date(1992, 8, 17),
                        "3174035708920042",
                        date(2017, 3, 9),
                        null,
                        "JL. CONTOH SANDBOX NO. 12",
                        Map.ofEntries(
                                Map.entry("BirthPlace", "JAKARTA"),
                                Map.entry("GolDarah", "O"),
                                Map.entry("RTRW", "005/003"),
                                Map.entry("KelDesa", "KEBON SANDBOX"),
                                Map.entry("Kecamatan", "SETIABUDI"),
                                Map.entry("Agama", "ISLAM"),
                                Map.entry("StatusPerkawinan", "BELUM KAWIN"),
                                Map.entry("Perkerjaan", "KARYAWAN SWASTA"),
                                Map.entry("KewargaNegaraan", "WNI"),
                                Map.entry("Provinsi", "DKI JAKARTA"),
                                Map.entry("Kota", "JAKARTA SELATAN")));
            case HKG ->
                card(
                        country,
                        "CHAN",
                        "Tai Man",
                        "陳大文",
                        "M",
                        date(1985, 3, 12),
                        "K123456(" + DocumentNumbers.hongKong("K123456") + ")",
                        date(2018, 9, 15),
                        null,
                        "",
                        Map.of(
                                "TelexCode",
                                "7115 1129 2429",
                                "Symbol",
                                "***AZ",
                                "Permanent",
                                "1",
                                "FirstIssueDate",
                                "(03-98)",
                                "CurrentIssueDate",
                                "15-09-18"));
            case THA ->
                card(
                        country,
                        "SUKSAWAT",
                        "SOMCHAI",
                        "",
                        "M",
                        date(1988, 11, 2),
                        "110370123456" + DocumentNumbers.thailand("110370123456"),
                        date(2019, 6, 1),
                        date(2030, 11, 1),
                        "99/9 MOO 4 SANDBOX ROAD, BANG KAPI, BANGKOK",
                        Map.of());
            case MYS ->
                card(
                        country,
                        "NUR AISYAH BINTI AHMAD",
                        "",
                        "",
                        "F",
                        date(1994, 2, 21),
                        "940221-14-5678",
                        date(2016, 5, 3),
                        null,
                        "NO 12, JALAN CONTOH 3/1, TAMAN SANDBOX, 50450 KUALA LUMPUR",
                        Map.of("Type", "MyKad"));
            case SGP ->
                card(
                        country,
                        "TAN",
                        "WEI LING",
                        "陈慧玲",
                        "F",
                        date(1990, 5, 4),
                        "S9012345" + DocumentNumbers.singapore("S9012345"),
                        date(2016, 7, 10),
                        null,
                        "BLK 123 SANDBOX AVENUE 4 #05-67",
                        Map.of("Race", "CHINESE", "CountryOfBirth", "SINGAPORE", "PostCode", "560123"));
            case PHL ->
                card(
                        country,
                        "DELA CRUZ",
                        "MARIA",
                        "",
                        "F",
                        date(1991, 12, 8),
                        "0111-2345678-9",
                        date(2015, 2, 20),
                        null,
                        "123 SAMPLE ST., BRGY. SANDBOX, QUEZON CITY",
                        Map.of("MiddleName", "SANTOS"));
            case JPN ->
                card(
                        country,
                        "YAMADA",
                        "HANAKO",
                        "山田 花子",
                        "F",
                        date(1989, 4, 1),
                        "12345678901" + DocumentNumbers.japan("12345678901"),
                        date(2021, 4, 1),
                        date(2031, 4, 1),
                        "1-2-3 SANDBOX, CHIYODA-KU, TOKYO",
                        Map.of());
            case TWN ->
                card(
                        country,
                        "LIN",
                        "CHIA-HAO",
                        "林家豪",
                        "M",
                        date(1993, 10, 10),
                        "A12345678" + DocumentNumbers.taiwan("A12345678"),
                        date(2020, 1, 6),
                        null,
                        "台北市信義區範例路1號",
                        Map.of());
            case BGD ->
                card(
                        country,
                        "RAHMAN",
                        "KARIM",
                        "",
                        "M",
                        date(1987, 1, 15),
                        "1934567890",
                        date(2019, 8, 11),
                        null,
                        "HOUSE 12, ROAD 3, SANDBOX, DHAKA",
                        Map.of("BirthPlace", "DHAKA"));
            case NGA ->
                card(
                        country,
                        "OKAFOR",
                        "CHIOMA",
                        "",
                        "F",
                        date(1990, 7, 21),
                        "12345678901",
                        date(2018, 10, 2),
                        null,
                        "12 SAMPLE CLOSE, IKEJA, LAGOS",
                        Map.of());
            case PAK ->
                card(
                        country,
                        "KHAN",
                        "AYESHA",
                        "",
                        "F",
                        date(1995, 3, 30),
                        "35202-1234567-8",
                        date(2019, 4, 2),
                        date(2029, 4, 2),
                        "HOUSE 7, STREET 9, SANDBOX TOWN, LAHORE",
                        Map.of());
        };
    }

    private static ForeignCard passport(ForeignCard holder) {
        String number = switch (holder.country()) {
            case IDN -> "C1234567";
            case HKG -> "KJ0123456";
            case THA -> "AA1234567";
            case MYS -> "A12345678";
            case SGP -> "K1234567A";
            case PHL -> "P1234567A";
            case JPN -> "TR1234567";
            case TWN -> "312345678";
            case BGD -> "EB0123456";
            case NGA -> "A12345678";
            case PAK -> "AB1234567";
        };
        LocalDate issued = LocalDate.of(2022, 6, 14);
        return new ForeignCard(
                holder.country(),
                ForeignDocumentType.PASSPORT,
                holder.surname(),
                holder.givenNames(),
                holder.localName(),
                holder.sex(),
                holder.birth(),
                number,
                issued,
                issued.plusYears(10).minusDays(1),
                "",
                subject(holder.country(), holder),
                Map.of(
                        "BirthPlace",
                        holder.extra("BirthPlace").isEmpty()
                                ? holder.country().printedName()
                                : holder.extra("BirthPlace")),
                VerificationScenario.passed());
    }

    private static ForeignCard drivingLicence(ForeignCard holder) {
        String number = switch (holder.country()) {
            case IDN -> "920812345678";
            case THA -> "61001234";
            case MYS -> holder.documentNumber().replace("-", "");
            case SGP -> holder.documentNumber();
            case PHL -> "N01-12-345678";
            case JPN -> "301234567890";
            default -> "DL" + holder.documentNumber().replaceAll("[^0-9]", "");
        };
        Map<String, String> extra = new LinkedHashMap<>(holder.extra());
        extra.put("LicenceClass", holder.country() == IssuingCountry.SGP ? "3" : "B");
        if (holder.country() == IssuingCountry.PHL) {
            extra.put("AgencyCode", "N01");
        }
        LocalDate issued = LocalDate.of(2023, 2, 1);
        return new ForeignCard(
                holder.country(),
                ForeignDocumentType.DRIVING_LICENSE,
                holder.surname(),
                holder.givenNames(),
                holder.localName(),
                holder.sex(),
                holder.birth(),
                number,
                issued,
                issued.plusYears(5),
                holder.address(),
                subject(holder.country(), holder),
                extra,
                VerificationScenario.passed());
    }

    private static ForeignCard card(
            IssuingCountry country,
            String surname,
            String givenNames,
            String localName,
            String sex,
            LocalDate birth,
            String number,
            LocalDate issued,
            LocalDate expires,
            String address,
            Map<String, String> extra) {
        ForeignCard draft = new ForeignCard(
                country,
                ForeignDocumentType.ID_CARD,
                surname,
                givenNames,
                localName,
                sex,
                birth,
                number,
                issued,
                expires,
                address,
                "",
                extra,
                VerificationScenario.passed());
        return draft.withPortraitSubject(subject(country, draft));
    }

    /** One person per issuer: the same face on their ID card, passport and licence. */
    private static String subject(IssuingCountry country, ForeignCard holder) {
        return "subject-" + country.name().toLowerCase(Locale.ROOT) + "-"
                + holder.surname().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
