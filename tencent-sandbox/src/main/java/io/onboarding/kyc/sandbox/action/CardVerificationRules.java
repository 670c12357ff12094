package io.onboarding.kyc.sandbox.action;

import io.onboarding.kyc.sandbox.card.ForeignDocumentType;
import io.onboarding.kyc.sandbox.card.IssuingCountry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which documents ApplyCardVerification takes and whether it needs their back side: seed 003's table, plus
 * passports (a single data page) for every issuer. Bangladesh, Nigeria and Pakistan, which Tencent added later
 * without a table row, take their ID card front only.
 */
final class CardVerificationRules {

    private static final Map<IssuingCountry, Map<ForeignDocumentType, Boolean>> BACK_REQUIRED = build();

    private CardVerificationRules() {}

    /**
     * Whether the issuer's document of that type must come with its back side.
     *
     * @return empty when the issuer does not verify that document type
     */
    static Optional<Boolean> backRequired(IssuingCountry country, ForeignDocumentType type) {
        return Optional.ofNullable(BACK_REQUIRED.get(country)).map(types -> types.get(type));
    }

    static boolean supported(IssuingCountry country, ForeignDocumentType type) {
        return backRequired(country, type).isPresent();
    }

    private static Map<IssuingCountry, Map<ForeignDocumentType, Boolean>> build() {
        Map<IssuingCountry, Map<ForeignDocumentType, Boolean>> table = new EnumMap<>(IssuingCountry.class);
        row(table, IssuingCountry.IDN, false, false);
        row(table, IssuingCountry.HKG, true, null);
        row(table, IssuingCountry.THA, false, true);
        row(table, IssuingCountry.MYS, true, true);
        row(table, IssuingCountry.SGP, true, true);
        row(table, IssuingCountry.PHL, true, false);
        row(table, IssuingCountry.JPN, true, false);
        row(table, IssuingCountry.TWN, true, null);
        row(table, IssuingCountry.BGD, false, null);
        row(table, IssuingCountry.NGA, false, null);
        row(table, IssuingCountry.PAK, false, null);
        return table;
    }

    /** One issuer: whether its ID card and driving licence need a back side (null: not verified). */
    private static void row(
            Map<IssuingCountry, Map<ForeignDocumentType, Boolean>> table,
            IssuingCountry country,
            Boolean idCard,
            Boolean drivingLicence) {
        Map<ForeignDocumentType, Boolean> types = new EnumMap<>(ForeignDocumentType.class);
        if (idCard != null) {
            types.put(ForeignDocumentType.ID_CARD, idCard);
        }
        if (drivingLicence != null) {
            types.put(ForeignDocumentType.DRIVING_LICENSE, drivingLicence);
        }
        types.put(ForeignDocumentType.PASSPORT, false);
        table.put(country, types);
    }
}
